"""The ONNX copy of a sentence-transformers model: exported once with torch, cached by the model's hash.

The export traces the model with eager attention (plain MatMul/Softmax, which ONNX Runtime's
transformer optimizer recognises) and then fuses it once with that optimizer for BERT-type
models: Attention (one QKV GEMM per layer), EmbedLayerNormalization, SkipLayerNormalization and
BiasGelu, fp32 throughout. A model the optimizer does not know keeps the plain graph.

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

EXPORT_VERSION = "2"  # bump when the exported graph changes (2: eager attention + BERT fusions)
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
        # eager attention traces to MatMul/Softmax that the fusion below recognises; the sdpa
        # trace (with its NaN guards) leaves attention unfused
        st = SentenceTransformer(str(model_dir), device="cpu", model_kwargs={"attn_implementation": "eager"})
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

    feeds = {n: enc[n].numpy().astype(np.int64) for n in names}
    mask = enc["attention_mask"].numpy().astype(bool)
    _fuse(out, hf.config, lambda path: ort.InferenceSession(str(path), providers=["CPUExecutionProvider"]).run(
        None, feeds)[0][mask], expected[mask])
    got = ort.InferenceSession(str(out), providers=["CPUExecutionProvider"]).run(None, feeds)[0]
    log.info("ONNX export check: max abs diff %.2e", float(np.abs(got[mask] - expected[mask]).max()))
    if not np.allclose(got[mask], expected[mask], atol=1e-3):
        raise SettingsError(f"REPORTQA_EMBED_MODEL={str(model_dir)!r}: the ONNX export does not match torch; "
                            "use REPORTQA_EMBED_BACKEND=torch")


FUSED_TYPES = {"bert": "bert"}  # Hugging Face model_type -> onnxruntime optimizer model_type


def _fuse(path: Path, config, run, expected) -> bool:
    """Replace the graph at `path` by ONNX Runtime's fused one (fp32) when the model type is
    supported and the fused graph still gives torch's token embeddings; else keep it as it is."""
    kind = FUSED_TYPES.get(getattr(config, "model_type", ""))
    if kind is None:
        return False
    import numpy as np

    fused = path.with_name(path.stem + ".fused.onnx")
    try:
        from onnxruntime.transformers.optimizer import optimize_model

        model = optimize_model(str(path), model_type=kind, num_heads=int(config.num_attention_heads),
                               hidden_size=int(config.hidden_size), opt_level=0)
        stats = model.get_fused_operator_statistics()
        model.save_model_to_file(str(fused))
        if not np.allclose(run(fused), expected, atol=1e-3):
            log.warning("the fused ONNX graph does not match torch: keeping the plain export")
            return False
        os.replace(fused, path)
    except Exception as exc:  # noqa: BLE001 - an optimizer that cannot handle the graph: keep it plain
        log.warning("ONNX Runtime's transformer optimizer failed (%s): keeping the plain export", exc)
        return False
    finally:
        fused.unlink(missing_ok=True)
    log.info("fused the ONNX graph: %s", {k: v for k, v in stats.items() if v})
    return True
