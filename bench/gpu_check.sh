#!/usr/bin/env bash
# The neural engines' GPU check, sized for one device-tool run (H100 or H200, < 10 min):
# the CUDA tests (batched XTTS/VITS equal one-by-one, fp32 and fp16) and the full-size
# benchmark. Its output lands in $OUT/gpu_check.txt; put the table into bench/RESULTS.md.
#
# The device image has torch, torchaudio, transformers and tokenizers but not coqui-tts and
# some of its needs, and it cannot download: fetch the wheels here first (about 8 MB),
#   python3 -m pip download --no-deps --only-binary=:all: --python-version 3.12 \
#     --implementation cp --platform manylinux_2_28_x86_64 --platform manylinux_2_27_x86_64 \
#     --platform manylinux_2_17_x86_64 --platform manylinux2014_x86_64 \
#     -d .whl -r bench/gpu_wheels.txt
# then run `bash bench/gpu_check.sh` there with carry [".whl"].
set -uo pipefail
python3 -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade --target /tmp/site .whl/*.whl || exit 1
export PYTHONPATH=/tmp/site:src PYTHONUNBUFFERED=1
out=${OUT:-/tmp}/gpu_check.txt
nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv | tee "$out"
python3 -c "import sys, torch, transformers; print('python', sys.version.split()[0], 'torch', torch.__version__, 'transformers', transformers.__version__)" | tee -a "$out"
# library deprecation chatter of this image's versions is not what this run checks
timeout 200 python3 -m pytest -m gpu tests/engines -q -rs --durations=5 -p no:cacheprovider \
    -W default::DeprecationWarning -W default::FutureWarning -W default::UserWarning 2>&1 | tee -a "$out"
timeout 300 python3 bench/bench_neural.py --device cuda --vits-batches 16,64 --vits-overheads none,100 --vits-layouts padded,packed --xtts-layouts padded,packed 2>&1 | grep -v "not found in the vocabulary" | tee -a "$out"
