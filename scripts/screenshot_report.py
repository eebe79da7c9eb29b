"""Photograph the HTML report of a release with headless Chromium (the README's docs/images/report.png).

    python scripts/screenshot_report.py                          # examples/release.txt, rule tagger, 1280x1600
    python scripts/screenshot_report.py --tagger model --out /tmp/report.png --html /tmp/report.html

Needs Chromium (Debian: `apt-get install chromium`) and a CJK font for the Chinese text (`fonts-wqy-microhei`
or `fonts-noto-cjk`; without one Chromium draws empty boxes). When `pngquant` is installed the PNG is
reduced to a palette, which keeps a full page well under the README's 400 KB budget.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
# No sandbox (containers and CI run as root), no GPU, and nothing that phones home or updates itself.
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--no-first-run",
    "--no-default-browser-check",
    "--mute-audio",
    "--hide-scrollbars",
)


def find_chromium(explicit: str | None = None) -> str | None:
    if explicit:
        return explicit if Path(explicit).exists() else shutil.which(explicit)
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    return None


def run_chromium(binary: str, args: list[str], profile: Path, timeout: float = 90) -> bytes:
    """Run Chromium with a fresh profile; return stdout. Raises RuntimeError with one line on failure.

    Chromium starts helper processes; a new session lets a timeout kill the whole group and nothing else."""
    command = [binary, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args]
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True
    )
    try:
        out, err = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        raise RuntimeError(f"chromium did not finish within {timeout:.0f} s") from None
    if process.returncode != 0:
        last = err.decode("utf-8", "replace").strip().splitlines()[-1:] or ["no message"]
        raise RuntimeError(f"chromium exited with {process.returncode}: {last[0]}")
    return out


def screenshot(binary: str, html: Path, png: Path, width: int, height: int, profile: Path) -> None:
    png.parent.mkdir(parents=True, exist_ok=True)
    run_chromium(
        binary,
        [f"--window-size={width},{height}", f"--screenshot={png}", html.resolve().as_uri()],
        profile,
    )
    if not png.exists() or not png.read_bytes().startswith(PNG_SIGNATURE):
        raise RuntimeError(f"chromium wrote no PNG to {png}")


def quantize(png: Path) -> bool:
    """Reduce the PNG to a 256-colour palette with pngquant when it is installed; True if it was."""
    tool = shutil.which("pngquant")
    if tool is None:
        return False
    smaller = png.with_suffix(".quant.png")
    result = subprocess.run(
        [tool, "--quality=70-95", "--speed", "1", "--strip", "--force", "--output", str(smaller), str(png)],
        capture_output=True,
        timeout=120,
    )
    if result.returncode != 0 or not smaller.exists():
        smaller.unlink(missing_ok=True)
        return False
    smaller.replace(png)
    return True


def has_cjk_font() -> bool | None:
    """None when fontconfig is not there to ask."""
    tool = shutil.which("fc-list")
    if tool is None:
        return None
    listed = subprocess.run([tool, ":lang=zh"], capture_output=True, text=True, timeout=30)
    return bool(listed.stdout.strip())


def build_html(release: Path, tagger_name: str) -> str:
    sys.path.insert(0, str(ROOT))  # run from a checkout without installing
    from edclaims.cli.batch import verify_batch
    from edclaims.report import build_report, render_html
    from edclaims.tagging import get_tagger

    docs, errors = verify_batch([str(release)], get_tagger(tagger_name))
    if errors:
        raise RuntimeError(f"{errors[0][0]}: {errors[0][1]}")
    report = build_report(docs)
    # Show the path as a reader of the README would type it, not this machine's absolute path.
    try:
        report["documents"][0]["source"] = release.resolve().relative_to(ROOT).as_posix()
    except ValueError:
        pass
    return render_html(report)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--release", type=Path, default=ROOT / "examples" / "release.txt")
    parser.add_argument("--tagger", default="rules", help="rules (default, fast) or model")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "images" / "report.png")
    parser.add_argument("--html", type=Path, help="also keep the HTML report here")
    parser.add_argument("--window", default="1280,1600", help="WIDTH,HEIGHT in CSS pixels")
    parser.add_argument("--max-kb", type=int, default=400, help="fail when the PNG is larger")
    parser.add_argument("--no-quantize", action="store_true", help="keep Chromium's PNG as it is")
    parser.add_argument("--chromium", help="the Chromium binary (default: chromium on PATH)")
    args = parser.parse_args(argv)

    binary = find_chromium(args.chromium)
    if binary is None:
        print("screenshot_report: error: chromium not found (apt-get install chromium)", file=sys.stderr)
        return 2
    try:
        width, height = (int(part) for part in args.window.split(","))
    except ValueError:
        print(f"screenshot_report: error: --window {args.window!r} is not WIDTH,HEIGHT", file=sys.stderr)
        return 2
    if has_cjk_font() is False:
        print(
            "screenshot_report: warning: no CJK font installed; Chinese will show as boxes", file=sys.stderr
        )
    with tempfile.TemporaryDirectory(prefix="edclaims-shot-") as scratch:
        html = args.html or Path(scratch) / "report.html"
        try:
            html.write_text(build_html(args.release, args.tagger), encoding="utf-8")
            screenshot(binary, html, args.out, width, height, Path(scratch) / "profile")
        except (RuntimeError, OSError) as error:
            print(f"screenshot_report: error: {error}", file=sys.stderr)
            return 2
    quantized = not args.no_quantize and quantize(args.out)
    size_kb = args.out.stat().st_size / 1024
    print(f"{args.out}: {width}x{height}, {size_kb:.0f} KB{' (pngquant)' if quantized else ''}")
    if size_kb > args.max_kb:
        hint = "" if quantized else "; install pngquant or use a smaller --window"
        print(f"screenshot_report: error: larger than {args.max_kb} KB{hint}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
