"""Coqui VITS checkpoints (``config.json`` + ``model.pth``), batched on the GPU.

A batch is one padded forward pass: token ids padded to the longest item, with
``x_lengths``; each item's audio is trimmed to its own decoder frames
(``y_mask[i].sum()``) times the decoder's upsampling factor. The decoder's convolutions
never see the padding (:func:`~newsread.engines._coqui.exact_padding`), so with noise
scales at zero the batched and one-by-one outputs agree to the last sample.

Korean is fed the way the model's vocabulary expects it: a vocabulary of conjoining jamo
(U+1100–U+11FF) and no precomposed syllables gets NFD-decomposed text.

Voice options (``[options]`` in the voice file): ``noise_scale``, ``noise_scale_dp``,
``length_scale`` (override the model config), ``batch_size`` (items per batch),
``batch_tokens`` (padded tokens per batch), ``batch_overhead`` (what one more batch costs,
in padded tokens: batches are then split where padding costs more; greedy filling without
it), ``decoder_layout`` (``padded``: the waveform decoder runs on the batch padded to its
longest item; ``packed``: on the items end to end in one row, a few zero frames apart, so
it does no work on padding; the audio is the same either way), ``precision`` (``fp32``, ``fp16``, ``bf16``;
float32 by default, VITS being fast enough in it), ``text`` (``auto``, ``nfd``, ``nfc``).
"""

from __future__ import annotations

import logging
import unicodedata
from typing import Any

import numpy as np

from newsread.batching import Budget
from newsread.devices import half_dtype, resolve_device
from newsread.engines._coqui import (
    checkpoint_in,
    empty_cuda_cache,
    exact_padding,
    fix_relative_files,
    folder_problem,
    import_tts,
    layout_gap,
    missing_stack,
    model_dir,
    packed_decoding,
    quiet,
    require_stack,
)
from newsread.engines._neural import BatchedEngine, file_digest, model_identity
from newsread.engines.base import Voice
from newsread.errors import EngineError, VoiceError
from newsread.types import Audio

log = logging.getLogger(__name__)


def _text_form(model: Any, option: str) -> str:
    if option in ("nfd", "nfc"):
        return option
    if option != "auto":
        raise VoiceError(f"unknown text option {option!r} for a VITS voice: use auto, nfd or nfc")
    vocab = "".join(str(c) for c in model.tokenizer.characters.vocab)
    jamo = any("\u1100" <= c <= "\u11ff" for c in vocab)
    syllables = any("\uac00" <= c <= "\ud7a3" for c in vocab)
    return "nfd" if jamo and not syllables else "nfc"


class VitsEngine(BatchedEngine):
    """A loaded Coqui VITS model."""

    name = "vits"
    max_chars = 300

    def __init__(
        self,
        model: Any,
        *,
        device: str,
        identity: str,
        voice: Voice,
        budget: Budget,
        dtype: Any = None,
    ) -> None:
        import torch

        super().__init__(budget)
        self.model = model
        self.device = device
        self.dtype = dtype
        self.identity = identity
        self.voice = voice
        opts = voice.options
        self.sample_rate = int(model.config.audio.sample_rate)
        self.noise_scale = float(opts.get("noise_scale", model.inference_noise_scale))
        self.noise_scale_dp = float(opts.get("noise_scale_dp", model.inference_noise_scale_dp))
        self.base_length_scale = float(opts.get("length_scale", model.length_scale))
        self.text_form = _text_form(model, str(opts.get("text", "auto")))
        #: input frames between packed items; None decodes the batch padded
        self.packing_gap = layout_gap(voice, model.waveform_decoder, "VITS")
        self._key: str | None = None
        lang = voice.language if model.language_manager is not None else None
        try:
            with torch.inference_mode():
                language_id = model._get_language_id(lang) if model.language_manager is not None else None
                speaker_id, d_vector = model._get_speaker_id_or_dvector(
                    voice.speaker, str(voice.reference) if voice.reference else None
                )
        except (KeyError, ValueError) as exc:
            raise VoiceError(f"voice {voice.name!r} does not fit this VITS model: {exc}") from exc
        self.language_id = language_id
        self.speaker_id = speaker_id
        self.d_vector = d_vector

    def prepare(self, text: str) -> str:
        return unicodedata.normalize("NFD" if self.text_form == "nfd" else "NFC", text)

    def token_ids(self, text: str) -> list[int]:
        ids: list[int] = self.model.tokenizer.text_to_ids(self.prepare(text))
        return ids

    def cost(self, text: str) -> int:
        return len(self.token_ids(text))

    def free_memory(self) -> None:
        empty_cuda_cache()

    def render_batch(self, texts: list[str], rate: float) -> list[Audio]:
        import torch

        ids = [self.token_ids(t) for t in texts]
        keep = [i for i, seq in enumerate(ids) if seq]
        out: list[Audio] = [np.zeros(0, dtype=np.float32) for _ in texts]
        if not keep:
            return out
        n = len(keep)
        width = max(len(ids[i]) for i in keep)
        pad_id = int(self.model.tokenizer.characters.pad_id or 0)
        x = torch.full((n, width), pad_id, dtype=torch.long)
        for row, i in enumerate(keep):
            x[row, : len(ids[i])] = torch.tensor(ids[i], dtype=torch.long)
        x = x.to(self.device)
        aux: dict[str, Any] = {
            "x_lengths": torch.tensor([len(ids[i]) for i in keep], dtype=torch.long, device=self.device),
            "speaker_ids": None if self.speaker_id is None else self.speaker_id.reshape(1).repeat(n),
            "d_vectors": None if self.d_vector is None else self.d_vector.reshape(1, -1).repeat(n, 1),
            "language_ids": None
            if self.language_id is None
            else torch.full((n,), int(self.language_id), dtype=torch.long, device=self.device),
        }
        m = self.model
        saved = (m.length_scale, m.inference_noise_scale, m.inference_noise_scale_dp)
        m.length_scale = self.base_length_scale / rate
        m.inference_noise_scale, m.inference_noise_scale_dp = self.noise_scale, self.noise_scale_dp
        autocast = (
            torch.autocast(device_type="cuda", dtype=self.dtype)
            if self.dtype is not None
            else torch.autocast(device_type="cpu", enabled=False)
        )
        captured: dict[str, Any] = {}

        def frames_kept() -> Any:
            return captured["y_mask"][:, 0, :] > 0

        def item_frames() -> Any:
            return captured["y_mask"].sum(dim=(1, 2)).long()

        def capture(_module: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
            captured["y_mask"] = args[1] if len(args) > 1 else kwargs["x_mask"]

        # the flow is handed y_mask just before the decoder runs; a batch of one has no
        # padding, and with z upsampled (encoder_sample_rate) the frames differ: there the
        # last few ms are left to differ
        exact = n > 1 and m.args.encoder_sample_rate is None and m.args.max_inference_len is None
        hook = m.flow.register_forward_pre_hook(capture, with_kwargs=True)
        try:
            with torch.inference_mode(), autocast:
                if exact and self.packing_gap is not None:
                    with packed_decoding(m.waveform_decoder, item_frames, self.packing_gap):
                        res = m.inference(x, aux_input=aux)
                elif exact:
                    with exact_padding(m.waveform_decoder, frames_kept):
                        res = m.inference(x, aux_input=aux)
                else:
                    res = m.inference(x, aux_input=aux)
        finally:
            hook.remove()
            m.length_scale, m.inference_noise_scale, m.inference_noise_scale_dp = saved
        wav = res["model_outputs"].float()  # [n, 1, T]
        frames = res["y_mask"].sum(dim=(1, 2)).long()
        decoder_frames = res["y_mask"].shape[-1]
        limit = self.model.args.max_inference_len
        if limit is not None:
            decoder_frames = min(decoder_frames, int(limit))
            frames = frames.clamp(max=int(limit))
        if wav.shape[-1] % decoder_frames:
            raise EngineError(f"VITS decoder gave {wav.shape[-1]} samples for {decoder_frames} frames")
        hop = wav.shape[-1] // decoder_frames
        wav_np = wav[:, 0, :].cpu().numpy()
        for row, i in enumerate(keep):
            out[i] = np.ascontiguousarray(wav_np[row, : int(frames[row]) * hop], dtype=np.float32)
        return out

    def cache_key(self) -> str:
        # Not the batch size nor the decoder layout: both give the one-by-one output (tested), up
        # to rounding in fp16, as any two batches of different sentences do.
        if self._key is None:
            settings = (
                f"ns={self.noise_scale}:nsdp={self.noise_scale_dp}:ls={self.base_length_scale}"
                f":text={self.text_form}:prec={'fp32' if self.dtype is None else str(self.dtype)}"
            )
            voice = f"spk={self.voice.speaker}:lang={self.voice.language}"
            if self.voice.reference is not None:
                voice += f":ref={file_digest(self.voice.reference)[:16]}"
            self._key = f"vits|{self.identity}|{voice}|{settings}"
        return self._key

    def close(self) -> None:
        self.model = None
        empty_cuda_cache()


def unavailable(voice: Voice) -> str | None:
    """Why ``voice`` cannot be spoken by the VITS engine here, or ``None``."""
    why = missing_stack()
    if why is not None:
        return why
    folder = model_dir(voice)
    if folder is None:
        return 'no model folder: set model = "DIR" in the voice file or pass --model DIR'
    problem = folder_problem(folder)
    if problem is not None:
        return problem
    if voice.reference is not None and not voice.reference.is_file():
        return f"reference clip {voice.reference} does not exist"
    return None


def load(voice: Voice, device: str = "auto") -> VitsEngine:
    """Load the VITS model of ``voice`` onto ``device``; :class:`VoiceError` with a fix if it cannot."""
    require_stack("vits")
    folder = model_dir(voice)
    if folder is None:
        raise VoiceError(f'voice {voice.name!r} names no VITS model: set model = "DIR" or pass --model DIR')
    problem = folder_problem(folder)
    if problem is not None:
        raise VoiceError(f"{problem}: a Coqui VITS model folder holds config.json and model.pth")
    dev = resolve_device(device)
    import_tts()
    from TTS.config import load_config
    from TTS.tts.models import setup_model

    checkpoint = checkpoint_in(folder)
    assert checkpoint is not None  # folder_problem checked it
    try:
        with quiet():
            config = load_config(str(folder / "config.json"))
            if str(getattr(config, "model", "")).lower() != "vits":
                raise VoiceError(f"{folder} holds a {config.model!r} model, not VITS: use the matching engine")
            fix_relative_files(config, folder)
            model = setup_model(config)
            model.load_checkpoint(config, str(checkpoint), eval=True)
    except VoiceError:
        raise
    except Exception as exc:
        raise VoiceError(f"the VITS model in {folder} cannot be loaded ({type(exc).__name__}: {exc})") from exc
    model = model.to(dev)
    dtype = half_dtype(dev, str(voice.options.get("precision", "fp32")))
    on_gpu = dev.startswith("cuda")
    budget = Budget(
        cost=int(voice.options.get("batch_tokens", 24_000 if on_gpu else 2_000)),
        items=int(voice.options.get("batch_size", 64 if on_gpu else 1)),
        overhead=int(voice.options["batch_overhead"]) if "batch_overhead" in voice.options else None,
    )
    return VitsEngine(
        model,
        device=dev,
        identity=model_identity(folder, checkpoint),
        voice=voice,
        budget=budget,
        dtype=dtype,
    )
