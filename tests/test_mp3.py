"""The MP3: duration from its LAME/Info header, ID3v2.3 tags, chapters in file order."""

from __future__ import annotations

import struct
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf
from mutagen.id3 import ID3
from mutagen.mp3 import MP3

import newsread
from newsread.engines.silent import SilentEngine
from newsread.errors import OutputError
from newsread.settings import Settings
from newsread.types import Article


def raw_frames(path: Path) -> list[tuple[str, bytes]]:
    """(frame id, payload) of the top-level ID3v2.3 frames, in file order."""
    data = path.read_bytes()
    assert data[:3] == b"ID3" and data[3] == 3, "expected an ID3v2.3 tag at the start"
    size = (data[6] << 21) | (data[7] << 14) | (data[8] << 7) | data[9]
    pos, end, frames = 10, 10 + size, []
    while pos + 10 <= end and data[pos : pos + 4] != b"\0\0\0\0":
        fid = data[pos : pos + 4].decode("ascii")
        (n,) = struct.unpack(">I", data[pos + 4 : pos + 8])
        frames.append((fid, data[pos + 10 : pos + 10 + n]))
        pos += 10 + n
    return frames


@pytest.fixture
def episode(article: Article) -> newsread.Episode:
    return newsread.read(article, Settings(use_cache=False), engine=SilentEngine(0.8))


def test_duration_reads_back_right(episode: newsread.Episode, tmp_path: Path) -> None:
    out = tmp_path / "out.mp3"
    episode.write_mp3(out)
    assert MP3(out).info.length == pytest.approx(episode.duration, abs=0.05)
    info = sf.info(str(out))
    assert info.samplerate == 44100 and info.channels == 1
    assert info.duration == pytest.approx(episode.duration, abs=0.05)


def test_tags_are_id3v23_with_title_artist_comment(episode: newsread.Episode, tmp_path: Path) -> None:
    out = tmp_path / "out.mp3"
    episode.write_mp3(out)
    tags = ID3(out)
    assert tags.version[:2] == (2, 3)
    assert str(tags["TIT2"]) == "정부, 내년 예산 확정"
    assert str(tags["TPE1"])
    comm = tags.getall("COMM")
    assert comm and "silent" in str(comm[0])


def test_chapters_written_ctoc_first_then_chap_in_start_order(episode: newsread.Episode, tmp_path: Path) -> None:
    out = tmp_path / "out.mp3"
    episode.write_mp3(out)
    frames = raw_frames(out)
    ids = [f for f, _ in frames]
    assert "CTOC" in ids
    chap_pos = [i for i, f in enumerate(ids) if f == "CHAP"]
    assert len(chap_pos) == len(episode.chapters) == 2
    assert ids.index("CTOC") < chap_pos[0]
    starts = []
    for i in chap_pos:
        payload = frames[i][1]
        eid_end = payload.index(b"\0")
        start_ms, end_ms = struct.unpack(">II", payload[eid_end + 1 : eid_end + 9])
        starts.append(start_ms)
        assert end_ms > start_ms
    assert starts == sorted(starts)
    assert starts == [round(c.start * 1000) for c in episode.chapters]
    tags = ID3(out)
    ctoc = tags.getall("CTOC")[0]
    assert ctoc.flags & 0x03 == 0x03  # top-level and ordered
    assert str(ctoc.sub_frames["TIT2"]) == episode.title
    titles = [str(tags[f"CHAP:{cid}"].sub_frames["TIT2"]) for cid in ctoc.child_element_ids]
    assert titles == [c.title for c in episode.chapters]


def test_bitrate_is_honoured(episode: newsread.Episode, tmp_path: Path) -> None:
    episode.write_mp3(tmp_path / "a.mp3", bitrate=64)
    episode.write_mp3(tmp_path / "b.mp3", bitrate=128)
    assert MP3(tmp_path / "a.mp3").info.bitrate == pytest.approx(64000, rel=0.01)
    assert MP3(tmp_path / "b.mp3").info.bitrate == pytest.approx(128000, rel=0.01)


def test_bad_bitrate_and_missing_folder_leave_nothing(episode: newsread.Episode, tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="bitrate"):
        episode.write_mp3(tmp_path / "x.mp3", bitrate=100)
    with pytest.raises(OutputError, match="does not exist"):
        episode.write_mp3(tmp_path / "missing" / "x.mp3")
    assert list(tmp_path.iterdir()) == []


def test_existing_file_kept_when_writing_fails(episode: newsread.Episode, tmp_path: Path) -> None:
    out = tmp_path / "out.mp3"
    out.write_bytes(b"old")
    with pytest.raises(OutputError):
        episode.write_mp3(out, bitrate=33)
    assert out.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.mp3"]


def test_wav_output(episode: newsread.Episode, tmp_path: Path) -> None:
    episode.write_wav(tmp_path / "out.wav")
    info = sf.info(str(tmp_path / "out.wav"))
    assert info.samplerate == 44100
    assert info.frames == len(episode.audio)


@pytest.mark.parametrize("rate", [24000, 44100])
def test_the_mp3_plays_at_the_level_of_its_audio(rate: int, tmp_path: Path) -> None:
    """LAME takes mono input down by 0.45 dB; the MP3 must still play at the audio's own level (the
    loudness target), and a peak near full scale must not be pushed into clipping."""
    from newsread.export.mp3 import Tags, write_mp3

    t = np.arange(rate * 3) / rate
    for amp in (0.3, 0.89, 1.0):
        tone = (amp * np.sin(2 * np.pi * 440 * t)).astype(np.float32)
        write_mp3(tmp_path / "tone.mp3", tone, rate, tags=Tags(title="tone"))
        back, _ = sf.read(str(tmp_path / "tone.mp3"))
        level = float(np.sqrt(np.mean(back[rate : 2 * rate] ** 2)) / np.sqrt(np.mean(tone[rate : 2 * rate] ** 2)))
        if amp < 0.95:
            assert level == pytest.approx(1.0, abs=0.01)
        else:  # no room to give LAME's loss back without clipping: nothing is added
            assert level < 0.96


def test_encoding_makes_no_copy_of_the_whole_episode(tmp_path: Path) -> None:
    # the peak level was found on a copy as large as the episode (np.abs); it is found in place
    import tracemalloc

    from newsread.export.mp3 import Tags, write_mp3

    audio = (np.random.default_rng(5).standard_normal(44100 * 300) * 0.2).astype(np.float32)
    tracemalloc.start()
    try:
        write_mp3(tmp_path / "a.mp3", audio, 44100, tags=Tags(title="한빛시 소식"))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < audio.nbytes / 2
    assert MP3(str(tmp_path / "a.mp3")).info.length == pytest.approx(300, abs=0.05)
