"""load_base on a subword checkpoint: its single-character pieces become the character vocabulary."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

torch = pytest.importorskip("torch")
transformers = pytest.importorskip("transformers")

from edclaims.model.train import load_base  # noqa: E402
from edclaims.model.vocab import SPECIAL  # noqa: E402

# a WordPiece vocabulary: specials, whole words (dropped), single characters and ##-continuations (kept)
PIECES = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "学校", "学", "校", "##所", "5", "##5", "全市"]


@pytest.fixture(scope="module")
def subword_base(tmp_path_factory: pytest.TempPathFactory, tiny_bert: Callable[..., Path]) -> Path:
    folder = tmp_path_factory.mktemp("subword")
    (folder / "vocab.txt").write_text("\n".join(PIECES) + "\n", encoding="utf-8")
    transformers.BertTokenizer(str(folder / "vocab.txt")).save_pretrained(folder)
    return tiny_bert(folder, len(PIECES), hidden=16, layers=1)


def test_single_character_pieces_keep_their_pretrained_rows(subword_base: Path):
    original = transformers.BertModel.from_pretrained(subword_base).get_input_embeddings().weight.data
    model, vocab = load_base(str(subword_base))
    # multi-character pieces are dropped, 「##所」 becomes 「所」, 「##5」 repeats 「5」 and is not added twice
    assert vocab.chars == (*SPECIAL, "学", "校", "所", "5")
    rows = model.get_input_embeddings().weight.data
    assert rows.shape[0] == len(vocab.chars) == model.config.vocab_size
    for new_id, old_piece in enumerate(["[PAD]", "[UNK]", "[CLS]", "[SEP]", "学", "校", "##所", "5"]):
        assert torch.equal(rows[new_id], original[PIECES.index(old_piece)]), old_piece
    assert model.config.pad_token_id == 0
