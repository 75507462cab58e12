"""The ONNX copy of a sentence-transformers model: exported once with torch, cached by the model's hash.

The cache entry is `<cache_dir>/onnx/<model>-<hash>/model.onnx`, the hash taken over the model
folder's file names, sizes and modification times plus its small config files, so a changed
model gets a new entry. The export writes a temp file, checks it against torch and renames it
into place, so a crash mid-export never leaves a model that looks complete.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import tempfile
from pathlib import Path

from filelock import FileLock

from .errors import SettingsError

log = logging.getLogger(__name__)

EXPORT_VERSION = "1"  # bump when the exported graph's inputs/outputs change
OPSET = 17
INPUTS = ("input_ids", "attention_mask", "token_type_ids")
SMALL_CONFIG_BYTES = 1 << 20  # config and tokenizer files are hashed by content, weights by size+mtime


def model_fingerprint(model_dir: Path) -> str:
    """A hash of the model folder: names, sizes and mtimes of every file, contents of the small ones."""
    h = hashlib.sha256(EXPORT_VERSION.encode())
    for path in sorted(p for p in model_dir.rglob("*") if p.is_file()):
        st = path.stat()
        h.update(f"{path.relative_to(model_dir)}\0{st.st_size}\0".encode())
        if st.st_size <= SMALL_CONFIG_BYTES:
            h.update(path.read_bytes())
        else:
            h.update(str(st.st_mtime_ns).encode())
    return h.hexdigest()[:16]


def cache_path(model_dir: Path, cache_dir: Path) -> Path:
    """Where the ONNX file of this model lives (it may not exist yet)."""
    base = model_dir.name if model_dir.name != "model" else model_dir.parent.name or "model"
    slug = re.sub(r"[^a-zA-Z0-9_-]+", "-", base).strip("-_")[:40] or "model"
    return cache_dir / "onnx" / f"{slug}-{model_fingerprint(model_dir)}" / "model.onnx"


def export_onnx(model_dir: Path, target: Path) -> Path:
    """Export the model's transformer (token embeddings out) to `target`, atomically; needs torch.

    One process exports at a time (a file lock next to the target); a process that waited finds
    the file in place and returns it.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    with FileLock(str(target) + ".lock", timeout=900):
        if target.exists() and target.stat().st_size > 0 and _loads(target):
            return target
        log.warning("exporting embedding model %s to ONNX (once): %s", model_dir, target)
        fd, tmp = tempfile.mkstemp(prefix=".export-", suffix=".onnx", dir=target.parent)
        os.close(fd)
        try:
            _export(model_dir, Path(tmp))
            os.chmod(tmp, 0o644)
            os.replace(tmp, target)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
    return target


def _loads(path: Path) -> bool:
    import onnxruntime as ort

    try:
        ort.InferenceSession(str(path), providers=["CPUExecutionProvider"])
        return True
    except Exception:  # noqa: BLE001 - any load failure means "export again"
        return False


def _export(model_dir: Path, out: Path) -> None:
    """torch.onnx.export of the Hugging Face model inside the sentence-transformers folder, then a
    check that ONNX Runtime gives torch's token embeddings on a probe sentence."""
    import warnings

    import numpy as np
    import torch
    from sentence_transformers import SentenceTransformer

    try:
        st = SentenceTransformer(str(model_dir), device="cpu")
    except Exception as exc:
        raise SettingsError(f"REPORTQA_EMBED_MODEL={str(model_dir)!r}: cannot load model to export it to ONNX: {exc}") from exc
    hf = st[0].auto_model.eval()
    tok = st.tokenizer
    enc = tok(["ReportQA exports this model once.", "A second, longer probe sentence for the dynamic axes."],
              padding=True, return_tensors="pt")
    names = [n for n in INPUTS if n in enc]

    class TokenEmbeddings(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.hf = hf

        def forward(self, *args: torch.Tensor) -> torch.Tensor:
            return self.hf(**dict(zip(names, args))).last_hidden_state

    # traced on a full (unpadded) batch of two: tracing on a padded or one-row batch bakes
    # shape-dependent branches of the attention mask into the graph (checked below)
    dummy = torch.ones((2, 16), dtype=torch.long)
    args = tuple(torch.zeros_like(dummy) if n == "token_type_ids" else dummy for n in names)
    axes = {n: {0: "batch", 1: "seq"} for n in [*names, "token_embeddings"]}
    with warnings.catch_warnings(), torch.no_grad():
        warnings.simplefilter("ignore")
        expected = hf(**{n: enc[n] for n in names}).last_hidden_state.numpy()
        torch.onnx.export(TokenEmbeddings(), args, str(out), input_names=names, output_names=["token_embeddings"],
                          dynamic_axes=axes, opset_version=OPSET, dynamo=False)
    import onnxruntime as ort

    got = ort.InferenceSession(str(out), providers=["CPUExecutionProvider"]).run(
        None, {n: enc[n].numpy().astype(np.int64) for n in names})[0]
    mask = enc["attention_mask"].numpy().astype(bool)
    log.info("ONNX export check: max abs diff %.2e", float(np.abs(got[mask] - expected[mask]).max()))
    if not np.allclose(got[mask], expected[mask], atol=1e-3):
        raise SettingsError(f"REPORTQA_EMBED_MODEL={str(model_dir)!r}: the ONNX export does not match torch; "
                            "use REPORTQA_EMBED_BACKEND=torch")
