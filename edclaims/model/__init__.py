"""The character-level tagging model: vocabulary, features, training, prediction and the model tagger."""
