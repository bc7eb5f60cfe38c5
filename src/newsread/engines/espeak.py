"""espeak-ng's Korean voice through the ``espeakng-loader`` wheel (ctypes, no system package).

Formant synthesis: always available, fast, and hard to understand in Korean. It is the
offline fallback, not the voice newsread recommends.
"""

from __future__ import annotations

import ctypes
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path

import numpy as np

from newsread.devices import cpu_only
from newsread.engines.base import Engine, Voice
from newsread.errors import EngineError, VoiceError
from newsread.types import Audio

_AUDIO_OUTPUT_SYNCHRONOUS = 2
_POS_CHARACTER = 1
_CHARS_UTF8 = 1
_RATE = 1
_NORMAL_WPM = 175
# espeak-ng's words-per-minute setting is not proportional to speed above 1.5x. Measured
# speed-up of Korean speech against the wpm asked for (175 wpm = 1.0x); rates in between
# are interpolated, below 1.0x the scale is proportional.
_SPEED_TO_WPM = (
    (1.0, 175),
    (1.453, 262),
    (1.847, 350),
    (2.083, 400),
    (2.31, 449),
    (2.429, 451),
    (2.529, 470),
    (2.694, 500),
    (2.826, 525),
    (3.014, 560),
    (3.237, 600),
)


def wpm_for(rate: float, normal: int = _NORMAL_WPM) -> int:
    """The wpm setting that makes espeak-ng speak ``rate`` times as fast as at ``normal`` wpm."""
    if rate <= 1.0:
        return int(max(normal * rate, 80))
    speeds = [p[0] for p in _SPEED_TO_WPM]
    factors = [p[1] / _NORMAL_WPM for p in _SPEED_TO_WPM]
    return int(min(normal * float(np.interp(rate, speeds, factors)), 700))


_SYNTH_CB = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.POINTER(ctypes.c_short), ctypes.c_int, ctypes.c_void_p)

# libespeak-ng keeps global state: one initialisation per process, one synthesis at a time.
_lock = threading.Lock()
_lib: ctypes.CDLL | None = None
_rate_hz = 0


def _library() -> tuple[ctypes.CDLL, int]:
    global _lib, _rate_hz
    if _lib is None:
        try:
            import espeakng_loader
        except ImportError as exc:  # pragma: no cover - a core dependency
            raise VoiceError("espeak-ng is missing: pip install espeakng-loader") from exc
        lib = ctypes.CDLL(str(espeakng_loader.get_library_path()))
        data_dir = Path(espeakng_loader.get_data_path()).parent
        lib.espeak_Initialize.restype = ctypes.c_int
        lib.espeak_Initialize.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_char_p, ctypes.c_int]
        rate = lib.espeak_Initialize(_AUDIO_OUTPUT_SYNCHRONOUS, 0, str(data_dir).encode(), 0)
        if rate <= 0:
            raise VoiceError(f"espeak-ng could not start (data in {data_dir}): reinstall espeakng-loader")
        lib.espeak_SetVoiceByName.argtypes = [ctypes.c_char_p]
        lib.espeak_SetParameter.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_int]
        lib.espeak_SetSynthCallback.argtypes = [_SYNTH_CB]
        lib.espeak_Synth.argtypes = [
            ctypes.c_void_p,
            ctypes.c_size_t,
            ctypes.c_uint,
            ctypes.c_int,
            ctypes.c_uint,
            ctypes.c_uint,
            ctypes.c_void_p,
            ctypes.c_void_p,
        ]
        _lib, _rate_hz = lib, rate
    return _lib, _rate_hz


#: espeak-ng's Korean is an offline fallback (see :func:`newsread.engines.is_fallback`)
FALLBACK = True


class EspeakEngine(Engine):
    name = "espeak"
    max_chars = 1000
    fallback = FALLBACK

    def __init__(self, language: str = "ko", wpm: int = _NORMAL_WPM) -> None:
        lib, self.sample_rate = _library()
        self._lib = lib
        self.language = language
        self.wpm = wpm
        with _lock:
            if lib.espeak_SetVoiceByName(language.encode()) != 0:
                raise VoiceError(f'espeak-ng has no voice {language!r}: use language = "ko"')

    def _say(self, text: str, rate: float) -> Audio:
        chunks: list[Audio] = []

        def collect(wav: ctypes._Pointer[ctypes.c_short], n: int, _events: int | None) -> int:
            if n > 0:
                chunks.append(np.ctypeslib.as_array(wav, shape=(n,)).astype(np.float32) / 32768.0)
            return 0

        callback = _SYNTH_CB(collect)
        data = text.encode("utf-8") + b"\0"
        wpm = wpm_for(rate, self.wpm)
        with _lock:
            self._lib.espeak_SetVoiceByName(self.language.encode())
            self._lib.espeak_SetParameter(_RATE, wpm, 0)
            self._lib.espeak_SetSynthCallback(callback)
            status = self._lib.espeak_Synth(data, len(data), 0, _POS_CHARACTER, 0, _CHARS_UTF8, None, None)
        if status != 0:
            raise EngineError(f"espeak-ng failed on {text[:40]!r} (status {status})")
        return np.concatenate(chunks) if chunks else np.zeros(0, dtype=np.float32)

    def synthesize(self, texts: Sequence[str], *, rate: float = 1.0) -> Iterator[Audio]:
        for text in texts:
            yield self._say(text, rate)

    def cache_key(self) -> str:
        return f"espeak:{self.language}:{self.wpm}:{self.sample_rate}"


def load(voice: Voice, device: str = "auto") -> EspeakEngine:
    cpu_only("espeak", device)
    return EspeakEngine(language=voice.language, wpm=int(voice.options.get("wpm", _NORMAL_WPM)))
