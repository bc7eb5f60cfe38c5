"""Coqui XTTS-v2 with batched generation across sentences.

Coqui renders one sentence at a time. Here a batch of sentences goes through the GPT
together: each item's prefix (conditioning latents, its text with its own text
positions, the start-of-audio token) is left-padded to the longest, an attention mask
hides the padding, and every new audio token takes the same audio position in every item,
so no item sees another's padding. Each item stops on its own STOP token. The GPT states
that produced the kept tokens are the latents HiFi-GAN needs (the GPT is causal, so they
equal what Coqui's second, full forward pass computes); HiFi-GAN then decodes the whole
batch with each convolution blind to the padding, and each clip is cut to the exact length
it would have alone. With greedy decoding the audio tokens equal Coqui's own one-by-one
generation token for token, and the audio equals it to the last sample.

Voices: a reference clip (``reference = "clip.wav"``; its conditioning latents are
computed once and cached on disk) or a built-in speaker of ``speakers_xtts.pth``
(``speaker = "Name"``).

Voice options: ``temperature``, ``top_k``, ``top_p``, ``repetition_penalty`` (defaults from
the model config), ``do_sample`` (false for greedy), ``max_new_tokens`` (audio tokens per
piece), ``batch_size``, ``batch_tokens``, ``precision`` (``auto``: float16 on a GPU),
``decoder`` (``auto``: a CUDA graph over a static cache on a GPU, see :mod:`.xtts_decode`;
``dynamic``: transformers' own cache), ``decoder_layout`` (``padded``: HiFi-GAN runs on
the batch padded to its longest item; ``packed``: on the items end to end in one row, a
few zero frames apart, so it does no work on padding; the audio is the same either way).
"""

from __future__ import annotations

import hashlib
import logging
import math
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from newsread.batching import Budget, is_out_of_memory
from newsread.devices import half_dtype, resolve_device
from newsread.engines._coqui import (
    checkpoint_in,
    empty_cuda_cache,
    exact_padding,
    folder_problem,
    import_tts,
    layout_gap,
    missing_stack,
    model_dir,
    packed_decoding,
    prefix_mask,
    quiet,
    require_stack,
)
from newsread.engines._neural import BatchedEngine, file_digest, model_identity
from newsread.engines.base import Voice
from newsread.engines.xtts_decode import StaticDecoder, supported
from newsread.errors import EngineError, VoiceError
from newsread.synth import cache_home
from newsread.types import Audio

log = logging.getLogger(__name__)

#: Coqui's name for the released model
XTTS_V2 = "tts_models/multilingual/multi-dataset/xtts_v2"
_NEEDED_FILES = ("config.json", "vocab.json")


@dataclass(frozen=True)
class Decoding:
    """How audio tokens are chosen (Coqui's knobs, same meaning and order)."""

    do_sample: bool = True
    temperature: float = 0.85
    top_k: int = 50
    top_p: float = 0.85
    repetition_penalty: float = 2.0
    max_new_tokens: int = 602
    #: render exactly ``max_new_tokens`` tokens, never stopping (benchmarks)
    fixed_length: bool = False


class XttsEngine(BatchedEngine):
    """A loaded XTTS model speaking one voice."""

    name = "xtts"
    sample_rate = 24000
    max_chars = 95

    def __init__(
        self,
        model: Any,
        *,
        device: str,
        identity: str,
        voice: Voice,
        voice_id: str,
        cond_latent: Any,
        speaker_embedding: Any,
        decoding: Decoding,
        budget: Budget,
        dtype: Any = None,
    ) -> None:
        super().__init__(budget)
        self.model = model
        self.device = device
        self.dtype = dtype
        self.identity = identity
        self.voice = voice
        self.voice_id = voice_id
        self.language = voice.language.split("-")[0]
        self.cond_latent = cond_latent.to(device)
        self.speaker_embedding = speaker_embedding.to(device)
        self.decoding = decoding
        self.sample_rate = int(model.args.output_sample_rate)
        self.max_chars = int(model.tokenizer.char_limits.get(self.language, 250))
        self._tokens: dict[str, list[int]] = {}
        self.decoder = choose_decoder(str(voice.options.get("decoder", "auto")), device, model.gpt.gpt)
        #: HiFi-GAN input frames between packed items; None decodes the batch padded
        self.packing_gap = layout_gap(voice, model.hifigan_decoder.waveform_decoder, "XTTS")

    # -- text -------------------------------------------------------------------------------

    def tokens(self, text: str) -> list[int]:
        """Text token ids, exactly as Coqui's ``inference`` makes them."""
        ids = self._tokens.get(text)
        if ids is None:
            ids = list(self.model.tokenizer.encode(text.strip().lower(), lang=self.language))
            if len(self._tokens) > 4096:
                self._tokens.clear()
            self._tokens[text] = ids
        return ids

    def cost(self, text: str) -> int:
        prefix = int(self.cond_latent.shape[1]) + len(self.tokens(text)) + 3
        return prefix + self.decoding.max_new_tokens

    def free_memory(self) -> None:
        empty_cuda_cache()

    # -- GPT --------------------------------------------------------------------------------

    def _autocast(self, *, cache: bool = True) -> Any:
        """Autocast to the engine's half dtype; without the weight cache (``cache=False``)
        for what a CUDA graph records, since the cache is freed when the context ends."""
        import torch

        if self.dtype is None:
            return torch.autocast(device_type="cpu", enabled=False)
        return torch.autocast(device_type="cuda", dtype=self.dtype, cache_enabled=cache)

    def generate(self, token_lists: list[list[int]]) -> tuple[list[list[int]], list[Any]]:
        """Audio tokens and their GPT latents ``[n, width]`` for each text, generated as one batch."""
        import torch

        gpt = self.model.gpt
        dev = self.device
        dec = self.decoding
        n = len(token_lists)
        cond = self.cond_latent[0]
        start_audio = gpt.mel_embedding(torch.tensor([gpt.start_audio_token], device=dev))
        start_audio = start_audio + gpt.mel_pos_embedding.emb(torch.tensor([0], device=dev))
        prefixes = []
        for toks in token_lists:
            text = torch.tensor([gpt.start_text_token, *toks, gpt.stop_text_token], device=dev)
            pos = torch.arange(text.shape[0], device=dev)
            emb = gpt.text_embedding(text) + gpt.text_pos_embedding.emb(pos)
            prefixes.append(torch.cat([cond.to(emb.dtype), emb, start_audio], dim=0))
        width = max(p.shape[0] for p in prefixes)
        x = torch.zeros(n, width, prefixes[0].shape[1], device=dev, dtype=prefixes[0].dtype)
        mask = torch.zeros(n, width, dtype=torch.long, device=dev)
        for i, p in enumerate(prefixes):
            x[i, width - p.shape[0] :] = p
            mask[i, width - p.shape[0] :] = 1

        vocab = int(gpt.mel_head.out_features)
        stop = int(gpt.stop_audio_token)
        # Coqui's generate() passes a dummy prompt of 1s and the start token as input ids,
        # which its repetition penalty counts as already seen.
        seen = torch.zeros(n, vocab, dtype=torch.bool, device=dev)
        seen[:, 1] = True
        seen[:, gpt.start_audio_token] = True
        rows = torch.arange(n, device=dev)  # the item each row of the batch generates
        step_rows: list[Any] = []
        step_tokens: list[Any] = []
        step_states: list[Any] = []

        out = gpt.gpt(inputs_embeds=x, attention_mask=mask, use_cache=True, return_dict=True)
        past = out.past_key_values
        h = gpt.final_norm(out.last_hidden_state[:, -1, :])
        if self.decoder != "dynamic":
            return self._generate_static(past, mask, h, seen, x.dtype)
        for step in range(dec.max_new_tokens):
            tok = self._choose(gpt.mel_head(h).float(), seen, stop)
            seen[torch.arange(tok.shape[0], device=dev), tok] = True
            step_rows.append(rows)
            step_tokens.append(tok)
            step_states.append(h.float())
            if step == dec.max_new_tokens - 1:
                break
            if not dec.fixed_length:
                going = tok != stop
                still = int(going.sum())
                if still == 0:
                    break
                if still < tok.shape[0]:  # finished items leave the batch and the KV cache
                    keep = going.nonzero().squeeze(1)
                    rows, tok, mask, seen = rows[keep], tok[keep], mask[keep], seen[keep]
                    past.batch_select_indices(keep)
            mask = torch.cat([mask, mask.new_ones(mask.shape[0], 1)], dim=1)
            pos = torch.tensor([step + 1], device=dev)
            emb = gpt.mel_embedding(tok[:, None]) + gpt.mel_pos_embedding.emb(pos)
            out = gpt.gpt(
                inputs_embeds=emb, attention_mask=mask, past_key_values=past, use_cache=True, return_dict=True
            )
            past = out.past_key_values
            h = gpt.final_norm(out.last_hidden_state[:, -1, :])
        # regroup step-major results item by item (a stable sort keeps the steps in order)
        all_rows = torch.cat(step_rows)
        order = torch.sort(all_rows, stable=True).indices
        counts = torch.bincount(all_rows, minlength=n).tolist()
        flat_tokens = torch.cat(step_tokens)[order].tolist()
        states = torch.cat(step_states)[order]
        codes: list[list[int]] = []
        latents: list[Any] = []
        at = 0
        for c in counts:
            codes.append(flat_tokens[at : at + c])
            latents.append(states[at : at + c])
            at += c
        return codes, latents

    def _generate_static(
        self, past: Any, mask: Any, h: Any, seen: Any, hidden_dtype: Any
    ) -> tuple[list[list[int]], list[Any]]:
        """The token loop of :meth:`generate` on :class:`StaticDecoder` (a CUDA graph on a GPU).

        Rows never leave the batch: a stopped item keeps decoding and is cut at its STOP
        token, which keeps every shape fixed. The tokens each item keeps are the ones the
        dynamic loop gives it.
        """
        import torch

        gpt = self.model.gpt
        dec = self.decoding
        dev = self.device
        n, width = mask.shape
        steps = dec.max_new_tokens
        stop = int(gpt.stop_audio_token)
        decoder = StaticDecoder(gpt, past, mask, steps, hidden_dtype)
        del past
        if self.decoder == "graph":
            try:
                with self._autocast(cache=False):
                    decoder.capture()
            except RuntimeError as exc:
                if is_out_of_memory(exc):  # the scheduler halves the batch and tries again
                    decoder.close()
                    raise
                # capture is refused on some setups: decode step by step from now on
                log.warning("CUDA graph capture failed (%s); decoding without it", exc)
                decoder.graph = None
                self.decoder = "static"
        # the audio position of the token generated at step s is s + 1 (the start token has 0)
        positions = gpt.mel_pos_embedding.emb(torch.arange(1, steps + 1, device=dev))
        tokens = torch.empty(steps, n, dtype=torch.long, device=dev)
        states: list[Any] = []
        length = torch.full((n,), steps, dtype=torch.long, device=dev)
        alive = torch.ones(n, dtype=torch.bool, device=dev)
        try:
            with self._autocast(cache=False):
                for step in range(steps):
                    tok = self._choose(gpt.mel_head(h).float(), seen, stop)
                    seen.scatter_(1, tok[:, None], True)
                    tokens[step] = tok
                    states.append(h.to(torch.float32, copy=True))  # the graph overwrites h
                    if step == steps - 1:
                        break
                    if not dec.fixed_length:
                        stopped = alive & (tok == stop)
                        length = torch.where(stopped, step + 1, length)
                        alive &= ~stopped
                        # asking the GPU costs a synchronisation: every 8 steps is enough
                        if step % 8 == 7 and not bool(alive.any()):
                            break
                    emb = gpt.mel_embedding(tok[:, None]) + positions[step]
                    h = decoder.step(emb.to(hidden_dtype), width + step)
        finally:
            decoder.close()
        done = len(states)
        lengths = length.clamp(max=done).tolist()
        flat = tokens[:done].T.tolist()
        stacked = torch.stack(states, dim=1)  # [n, done, width]
        codes = [flat[i][: lengths[i]] for i in range(n)]
        latents = [stacked[i, : lengths[i]] for i in range(n)]
        return codes, latents

    def _choose(self, logits: Any, seen: Any, stop: int) -> Any:
        """Next token per row: repetition penalty, then temperature, top-k, top-p (Coqui's order)."""
        import torch

        dec = self.decoding
        if dec.repetition_penalty != 1.0:
            pen = torch.where(logits < 0, logits * dec.repetition_penalty, logits / dec.repetition_penalty)
            logits = torch.where(seen, pen, logits)
        if dec.fixed_length:
            logits[:, stop] = -math.inf
        if not dec.do_sample:
            return logits.argmax(dim=-1)
        if dec.temperature != 1.0:
            logits = logits / dec.temperature
        if 0 < dec.top_k < logits.shape[-1]:
            kth = torch.topk(logits, dec.top_k, dim=-1).values[:, -1:]
            logits = logits.masked_fill(logits < kth, -math.inf)
        if dec.top_p < 1.0:
            sorted_logits, order = torch.sort(logits, descending=False, dim=-1)
            cum = sorted_logits.softmax(dim=-1).cumsum(dim=-1)
            drop_sorted = cum <= (1 - dec.top_p)
            drop_sorted[:, -1] = False
            drop = drop_sorted.scatter(1, order, drop_sorted)
            logits = logits.masked_fill(drop, -math.inf)
        return torch.multinomial(logits.softmax(dim=-1), 1).squeeze(1)

    # -- HiFi-GAN ---------------------------------------------------------------------------

    def _upsampling(self) -> int:
        wd = self.model.hifigan_decoder.waveform_decoder
        return int(np.prod([up.stride[0] for up in wd.ups]))

    def vocode(self, latents: list[Any], rate: float = 1.0) -> list[Audio]:
        """Decode each item's latents ``[n, width]`` to audio in one HiFi-GAN batch.

        HifiDecoder's two interpolations run item by item (cheap), which fixes each item's
        frames; the convolutional generator then runs once on the zero-padded batch with
        :func:`exact_padding`, or, with ``decoder_layout = "packed"``, on the items end to
        end in one row (:func:`packed_decoding`; the batch is one voice, so one speaker
        embedding serves the row). Either way each clip comes out as it would alone.
        """
        import torch
        import torch.nn.functional as F

        hd = self.model.hifigan_decoder
        scale = 1.0 / max(rate, 0.05)
        up = hd.ar_mel_length_compression / hd.output_hop_length
        resample = hd.output_sample_rate / hd.input_sample_rate
        zs = []
        with torch.inference_mode():
            for lat in latents:
                z = lat.T[None].float()
                if scale != 1.0:
                    z = F.interpolate(z, scale_factor=scale, mode="linear")
                z = F.interpolate(z, scale_factor=[up], mode="linear")
                if resample != 1:
                    z = F.interpolate(z, scale_factor=[resample], mode="linear")
                zs.append(z[0])
            lengths = torch.tensor([z.shape[1] for z in zs])
            width = int(lengths.max())
            x = torch.stack([F.pad(z, (0, width - z.shape[1])) for z in zs])
            g = self.speaker_embedding.expand(len(zs), -1, -1)
            generator = hd.waveform_decoder
            with self._autocast():
                if len(zs) == 1:  # no padding to hide
                    wav = generator(x, g=g)
                elif self.packing_gap is not None:
                    with packed_decoding(generator, lambda: lengths, self.packing_gap):
                        wav = generator(x, g=g)
                else:
                    with exact_padding(generator, lambda: prefix_mask(lengths, width)):
                        wav = generator(x, g=g)
        wav_np = wav.float().reshape(len(zs), -1).cpu().numpy()
        hop = self._upsampling()
        if wav_np.shape[1] != width * hop:
            raise EngineError(f"HiFi-GAN gave {wav_np.shape[1]} samples where {width * hop} were due")
        return [np.ascontiguousarray(wav_np[i, : int(n) * hop], dtype=np.float32) for i, n in enumerate(lengths)]

    def render_batch(self, texts: list[str], rate: float) -> list[Audio]:
        import torch

        token_lists = [self.tokens(t) for t in texts]
        with torch.inference_mode(), self._autocast():
            _, latents = self.generate(token_lists)
        return self.vocode(latents, rate)

    def cache_key(self) -> str:
        # Not the batch size nor the decoder layout: both give the one-by-one output (tested), up
        # to rounding in fp16, as any two batches of different sentences do.
        d = self.decoding
        settings = (
            f"sample={d.do_sample}:t={d.temperature}:k={d.top_k}:p={d.top_p}:rp={d.repetition_penalty}"
            f":max={d.max_new_tokens}:fixed={d.fixed_length}:lang={self.language}"
            f":prec={'fp32' if self.dtype is None else str(self.dtype)}"
        )
        return f"xtts|{self.identity}|{self.voice_id}|{settings}"

    def close(self) -> None:
        self.model = None
        empty_cuda_cache()


# -- voices ---------------------------------------------------------------------------------


def load_reference(path: Path, sample_rate: int, max_seconds: float) -> Any:
    """A reference clip as a mono float tensor ``[1, T]`` at ``sample_rate``, clipped to [-1, 1].

    Read with soundfile (wav, flac, ogg, mp3) rather than torchaudio, whose loader needs
    FFmpeg libraries on the system.
    """
    import soundfile as sf
    import torch
    import torchaudio

    try:
        data, sr = sf.read(str(path), dtype="float32", always_2d=True)
    except (OSError, RuntimeError, sf.LibsndfileError) as exc:
        raise VoiceError(f"reference clip {path} cannot be read ({exc}): use a wav, flac, ogg or mp3 file") from exc
    audio = torch.from_numpy(np.ascontiguousarray(data.mean(axis=1)))[None]
    if sr != sample_rate:
        audio = torchaudio.functional.resample(audio, sr, sample_rate)
    audio = audio[:, : int(sample_rate * max_seconds)]
    if audio.shape[1] < sample_rate // 2:
        raise VoiceError(f"reference clip {path} is shorter than half a second: use 3 to 10 seconds of speech")
    return audio.clamp(-1.0, 1.0)


def conditioning(model: Any, voice: Voice, identity: str, device: str) -> tuple[Any, Any, str]:
    """``(gpt_cond_latent, speaker_embedding, voice id)`` for ``voice``.

    A reference clip's latents are cached on disk, keyed by the clip's content, the model
    and the cloning settings, so each clip is analysed once.
    """
    import torch

    cfg = model.config
    if voice.reference is not None:
        ref = Path(voice.reference)
        if not ref.is_file():
            raise VoiceError(f"reference clip {ref} does not exist: fix reference = ... in the voice file")
        digest = file_digest(ref)
        settings = f"{cfg.gpt_cond_len}:{cfg.gpt_cond_chunk_len}:{cfg.max_ref_len}:{cfg.sound_norm_refs}"
        key = hashlib.sha256(f"{identity}|{digest}|{settings}".encode()).hexdigest()[:32]
        path = cache_home() / "xtts-latents" / f"{key}.pt"
        voice_id = f"ref={digest[:16]}"
        if path.is_file():
            try:
                saved = torch.load(path, map_location="cpu", weights_only=True)
                return saved["gpt_cond_latent"], saved["speaker_embedding"], voice_id
            except Exception as exc:  # a damaged cache file is recomputed
                log.warning("ignoring unreadable conditioning cache %s: %s", path, exc)
        sr = 22050
        audio = load_reference(ref, sr, float(cfg.max_ref_len)).to(device)
        if cfg.sound_norm_refs:
            audio = audio / audio.abs().max() * 0.75
        with torch.inference_mode(), quiet():
            speaker_embedding = model.get_speaker_embedding(audio, sr).cpu()
            cond = model.get_gpt_cond_latents(
                audio, sr, length=cfg.gpt_cond_len, chunk_length=cfg.gpt_cond_chunk_len
            ).cpu()
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        torch.save({"gpt_cond_latent": cond, "speaker_embedding": speaker_embedding}, tmp)
        tmp.replace(path)
        return cond, speaker_embedding, voice_id
    manager = model.speaker_manager
    if manager is None or not manager.speakers:
        raise VoiceError(
            f"voice {voice.name!r} has no reference clip and the model has no speakers_xtts.pth: "
            'set reference = "clip.wav" (3 to 10 seconds of speech) in the voice file'
        )
    names = list(manager.speakers)
    name = voice.speaker or names[0]
    if name not in manager.speakers:
        shown = ", ".join(names[:8]) + (", ..." if len(names) > 8 else "")
        raise VoiceError(f"the XTTS model has no speaker {name!r}: choose one of {shown}")
    entry = manager.speakers[name]
    return entry["gpt_cond_latent"], entry["speaker_embedding"], f"spk={name}"


# -- finding the model ------------------------------------------------------------------------


def _download_dir(name: str) -> Path:
    """Where Coqui's model manager keeps ``name`` (as ``trainer.io.get_user_data_dir`` says,
    worked out here without importing torch, so that listing voices stays quick)."""
    if os.environ.get("TTS_HOME"):
        base = Path(os.environ["TTS_HOME"]).expanduser()
    elif os.environ.get("XDG_DATA_HOME"):
        base = Path(os.environ["XDG_DATA_HOME"]).expanduser()
    elif sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local"))
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path.home() / ".local" / "share"
    return base / "tts" / name.replace("/", "--")


def _model_name(voice: Voice) -> str | None:
    """The Coqui model name a voice asks for, when it names one instead of a folder."""
    if voice.model is None:
        return XTTS_V2
    if voice.model.startswith("tts_models/") and not Path(voice.model).exists():
        return voice.model
    return None


def _agreed() -> bool:
    return os.environ.get("COQUI_TOS_AGREED") == "1"


_AGREE = (
    "XTTS-v2 weights are not on this machine; they are under the Coqui Public Model License "
    "(non-commercial, https://coqui.ai/cpml): set COQUI_TOS_AGREED=1 to agree and download them "
    "(about 1.8 GB, needs the internet), or pass --model DIR with a downloaded model folder"
)


def find_model(voice: Voice, *, fetch: bool) -> Path:
    """The XTTS model folder for ``voice``, downloaded by Coqui's model manager if allowed."""
    name = _model_name(voice)
    if name is None:
        folder = model_dir(voice)
        assert folder is not None
        problem = folder_problem(folder, _NEEDED_FILES)
        if problem is not None:
            raise VoiceError(f"{problem}: an XTTS model folder holds config.json, model.pth and vocab.json")
        return folder
    local = _download_dir(name)
    if folder_problem(local, _NEEDED_FILES) is None:
        return local
    if not _agreed():
        raise VoiceError(_AGREE)
    if not fetch:
        return local
    try:
        from TTS.utils.manage import ModelManager

        with quiet():
            ModelManager(progress_bar=False).download_model(name)
    except Exception as exc:
        raise VoiceError(
            f"could not download {name} ({type(exc).__name__}: {exc}): check the internet connection, "
            "or pass --model DIR with a downloaded model folder"
        ) from exc
    problem = folder_problem(local, _NEEDED_FILES)
    if problem is not None:
        raise VoiceError(f"the download of {name} is incomplete ({problem}): delete {local} and try again")
    return local


def unavailable(voice: Voice) -> str | None:
    """Why ``voice`` cannot be spoken by the XTTS engine here, or ``None``."""
    why = missing_stack()
    if why is not None:
        return why
    try:
        folder = find_model(voice, fetch=False)
    except VoiceError as exc:
        return str(exc)
    if folder.is_dir() and voice.reference is None and not (folder / "speakers_xtts.pth").is_file():
        return f"voice {voice.name!r} needs a reference clip: the model in {folder} has no built-in speakers"
    if voice.reference is not None and not Path(voice.reference).is_file():
        return f"reference clip {voice.reference} does not exist"
    return None


#: how the GPT decodes: ``graph`` (a CUDA graph over a static cache), ``static`` (the same
#: cache, step by step) or ``dynamic`` (transformers' growing cache, rows leave as they stop)
DECODERS = ("auto", "graph", "static", "dynamic")


def choose_decoder(asked: str, device: str, gpt2: Any) -> str:
    """The decoder for ``asked`` on ``device``: ``auto`` is a CUDA graph on a GPU, else dynamic."""
    if asked not in DECODERS:
        raise VoiceError(f"decoder must be one of {', '.join(DECODERS)}, not {asked!r}")
    if asked == "dynamic":
        return asked
    why = supported(gpt2)
    if why is not None:
        if asked != "auto":
            raise VoiceError(f'decoder {asked!r} cannot run this GPT ({why}): use decoder = "dynamic"')
        return "dynamic"
    on_gpu = device.startswith("cuda")
    if asked == "graph" and not on_gpu:
        raise VoiceError("decoder 'graph' needs a CUDA device: use decoder = \"static\" on the CPU")
    if asked == "auto":
        return "graph" if on_gpu else "dynamic"
    return asked


def _decoding(model: Any, voice: Voice) -> Decoding:
    cfg, opts = model.config, voice.options
    return Decoding(
        do_sample=bool(opts.get("do_sample", True)),
        temperature=float(opts.get("temperature", cfg.temperature)),
        top_k=int(opts.get("top_k", cfg.top_k)),
        top_p=float(opts.get("top_p", cfg.top_p)),
        repetition_penalty=float(opts.get("repetition_penalty", cfg.repetition_penalty)),
        max_new_tokens=int(opts.get("max_new_tokens", model.gpt.max_gen_mel_tokens)),
    )


def from_model(
    model: Any, voice: Voice, device: str, *, identity: str = "in-memory", decoding: Decoding | None = None
) -> XttsEngine:
    """An engine around an already-built Coqui ``Xtts`` (benchmarks, tests)."""
    model = model.to(device)
    cond, spk, voice_id = conditioning(model, voice, identity, device)
    on_gpu = device.startswith("cuda")
    dec = decoding or _decoding(model, voice)
    budget = Budget(
        cost=int(voice.options.get("batch_tokens", 64 * (dec.max_new_tokens + 120) if on_gpu else 8 * 800)),
        items=int(voice.options.get("batch_size", 64 if on_gpu else 8)),
    )
    return XttsEngine(
        model,
        device=device,
        identity=identity,
        voice=voice,
        voice_id=voice_id,
        cond_latent=cond,
        speaker_embedding=spk,
        decoding=dec,
        budget=budget,
        dtype=half_dtype(device, str(voice.options.get("precision", "auto"))),
    )


def load(voice: Voice, device: str = "auto") -> XttsEngine:
    """Load XTTS for ``voice`` onto ``device``; :class:`VoiceError` with a fix if it cannot."""
    require_stack("xtts")
    dev = resolve_device(device)
    import_tts()
    folder = find_model(voice, fetch=True)
    checkpoint = checkpoint_in(folder)
    assert checkpoint is not None
    from TTS.tts.configs.xtts_config import XttsConfig
    from TTS.tts.models.xtts import Xtts

    try:
        with quiet():
            config = XttsConfig()
            config.load_json(str(folder / "config.json"))
            model = Xtts(config)
            model.load_checkpoint(config, checkpoint_dir=str(folder), checkpoint_path=str(checkpoint), eval=True)
    except Exception as exc:
        raise VoiceError(f"the XTTS model in {folder} cannot be loaded ({type(exc).__name__}: {exc})") from exc
    return from_model(model, voice, dev, identity=model_identity(folder, checkpoint))
