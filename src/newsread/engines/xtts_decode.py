"""XTTS's GPT decoding with a preallocated key/value cache, replayable as one CUDA graph.

Decoding one audio token for a batch is about four hundred small GPU kernels (30 GPT-2
layers); launched one by one from Python, each step costs far more than its arithmetic.
Here every tensor a step touches has a fixed shape and address: the keys and values of
all layers live in buffers sized for the whole generation, the new token's keys and
values are written at a position held in a device tensor, and the attention mask is
computed from that position. One step is then captured once as a CUDA graph and replayed
for every token, which turns hundreds of launches into one.

The arithmetic is Hugging Face's GPT-2 block (layer norm, attention, MLP, residuals) on
Coqui's modules and weights, so a model needs nothing converted. Items of the batch that
have stopped keep decoding (their rows are cheap) and are cut at their STOP token
afterwards: rows never leave the batch, so shapes never change.
"""

from __future__ import annotations

from typing import Any


def supported(gpt2: Any) -> str | None:
    """Why this decoder cannot run Coqui's GPT-2 ``gpt2`` exactly, or ``None`` when it can."""
    cfg = gpt2.config
    if getattr(cfg, "add_cross_attention", False):
        return "cross-attention"
    if getattr(cfg, "scale_attn_by_inverse_layer_idx", False):
        return "attention scaled by layer index"
    if getattr(cfg, "reorder_and_upcast_attn", False) and getattr(cfg, "_attn_implementation", "") == "eager":
        return "reordered, upcast attention"
    return None


def _layer_kv(past: Any, i: int) -> tuple[Any, Any]:
    """Layer ``i``'s keys and values ``[n, heads, length, head_dim]`` from a transformers cache."""
    layers = getattr(past, "layers", None)
    if layers is not None:
        return layers[i].keys, layers[i].values
    return past[i][0], past[i][1]  # older transformers: a tuple per layer


class StaticDecoder:
    """One-token GPT-2 steps over fixed buffers, optionally captured as a CUDA graph.

    ``past`` is the transformers cache after the prefix (``[n, width]`` positions, padding
    where ``prefix_mask`` is 0); ``steps`` is the most tokens that will follow.
    """

    def __init__(self, gpt: Any, past: Any, prefix_mask: Any, steps: int, hidden_dtype: Any) -> None:
        import torch

        hf = gpt.gpt
        self.blocks = list(hf.h)
        self.ln_f = hf.ln_f
        self.final_norm = gpt.final_norm
        n, width = prefix_mask.shape
        dev = prefix_mask.device
        attn = self.blocks[0].attn
        self.n, self.heads, self.head_dim = n, int(attn.num_heads), int(attn.head_dim)
        default = self.head_dim**-0.5 if getattr(hf.config, "scale_attn_weights", True) else 1.0
        self.scaling = float(getattr(attn, "scaling", default))
        self.width = int(width)
        total = self.width + steps
        self.keys: list[Any] = []
        self.values: list[Any] = []
        for i in range(len(self.blocks)):
            k, v = _layer_kv(past, i)
            kb = torch.zeros(n, self.heads, total, self.head_dim, dtype=k.dtype, device=dev)
            vb = torch.zeros_like(kb)
            kb[:, :, : self.width] = k
            vb[:, :, : self.width] = v
            self.keys.append(kb)
            self.values.append(vb)
        self.valid = torch.ones(n, 1, 1, total, dtype=torch.bool, device=dev)
        self.valid[:, 0, 0, : self.width] = prefix_mask.bool()
        self.positions = torch.arange(total, device=dev)
        self.pos = torch.full((1,), self.width, dtype=torch.long, device=dev)
        self.emb = torch.zeros(n, 1, attn.embed_dim, dtype=hidden_dtype, device=dev)
        self.graph: Any = None
        self.out: Any = None

    def _forward(self) -> Any:
        import torch.nn.functional as F

        n, heads, hd = self.n, self.heads, self.head_dim
        mask = self.valid & (self.positions <= self.pos)  # [n, 1, 1, total]
        h = self.emb
        for blk, kb, vb in zip(self.blocks, self.keys, self.values, strict=True):
            attn = blk.attn
            q, k, v = attn.c_attn(blk.ln_1(h)).split(attn.split_size, dim=2)
            kb.index_copy_(2, self.pos, k.view(n, 1, heads, hd).transpose(1, 2).to(kb.dtype))
            vb.index_copy_(2, self.pos, v.view(n, 1, heads, hd).transpose(1, 2).to(vb.dtype))
            q = q.view(n, 1, heads, hd).transpose(1, 2)
            o = F.scaled_dot_product_attention(q, kb, vb, attn_mask=mask, scale=self.scaling)
            h = h + attn.c_proj(o.transpose(1, 2).reshape(n, 1, heads * hd))
            h = h + blk.mlp(blk.ln_2(h))
        return self.final_norm(self.ln_f(h))[:, -1, :]

    def capture(self) -> None:
        """Record one step as a CUDA graph (after two warm-up steps on a side stream).

        The warm-ups write keys and values at the first free position, which the first real
        step overwrites before anything reads them.
        """
        import torch

        cuda: Any = torch.cuda  # some of torch.cuda is unannotated
        side = cuda.Stream()
        side.wait_stream(cuda.current_stream())
        with cuda.stream(side):
            for _ in range(2):
                self._forward()
        cuda.current_stream().wait_stream(side)
        graph = cuda.CUDAGraph()
        with cuda.graph(graph):
            self.out = self._forward()
        self.graph = graph

    def step(self, emb: Any, position: int) -> Any:
        """The final hidden state ``[n, width]`` after feeding ``emb`` ``[n, 1, width]`` at ``position``.

        With a graph the result is a buffer that the next step overwrites: copy what you keep.
        """
        self.emb.copy_(emb)
        self.pos.fill_(position)
        if self.graph is None:
            return self._forward()
        self.graph.replay()
        return self.out

    def close(self) -> None:
        self.graph = self.out = None
        self.keys.clear()
        self.values.clear()
