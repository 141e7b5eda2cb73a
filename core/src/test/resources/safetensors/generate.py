#!/usr/bin/python3
"""Writes the safetensors fixtures of splinelens' PyTorch interchange tests (core: SafetensorsFixtureTest).

Run it with a Python that has PyTorch (tested with Debian's python3-torch 1.13.0, numpy 1.24):

    /usr/bin/python3 core/src/test/resources/safetensors/generate.py

Each network is built by PyTorch from a fixed torch.manual_seed, and its state_dict() is written as
safetensors.torch.save_file(model.state_dict(), path) would write it. The `safetensors` pip package could not be
installed where these fixtures were made (no access to PyPI), so this script serialises the tensors itself,
following the published layout (https://github.com/huggingface/safetensors, README "Format") and the crate's
serialiser: an 8-byte little-endian u64 header length N; N bytes of compact JSON
{"__metadata__": {...} (only when given), name: {"dtype", "shape", "data_offsets": [begin, end]}, ...} with the
tensors sorted by descending dtype alignment, then by name, padded with spaces to a multiple of 8 bytes; then each
tensor's raw little-endian bytes, C order, back to back (offsets relative to the byte after the header).

Next to each good network NAME.safetensors, NAME.csv holds PyTorch's outputs on the grid x = -3, -2.75, ..., 3
(exact binary fractions): column x; column torch_<dtype>, the model evaluated by PyTorch in that dtype (float16 has
no CPU matmul in PyTorch 1.13, so an F16 model is evaluated in float32 from its float16 weights, the usual
`model.float()`); column torch_float64, the model evaluated by PyTorch in float64 from the file's weights upcast
exactly (`model.double()`). Numbers are Python's repr of a float64: they read back bit for bit.
Bad files (bad-*.safetensors) have no CSV: each must be refused with one line.
"""
import json
import os
import sys

import torch
from torch import nn

HERE = os.path.dirname(os.path.abspath(__file__))
# the crate's Dtype enum is in increasing alignment order; save_file sorts by descending dtype, then by name
DTYPES = {torch.float64: ("F64", 12), torch.float32: ("F32", 11), torch.bfloat16: ("BF16", 8),
          torch.float16: ("F16", 7), torch.int64: ("I64", 13)}
GRID = [k / 4 for k in range(-12, 13)]


def raw_bytes(t):
    t = t.detach().contiguous().cpu()
    if t.dtype == torch.bfloat16:  # numpy has no bfloat16: the same 16 bits as int16
        t = t.view(torch.int16)
    return t.numpy().tobytes()


def save_file(tensors, path, metadata=None):
    """safetensors.torch.save_file(tensors, path, metadata), re-implemented from the published layout."""
    assert sys.byteorder == "little"
    order = sorted(tensors, key=lambda name: (-DTYPES[tensors[name].dtype][1], name))
    header, data, offset = {}, [], 0
    if metadata is not None:
        header["__metadata__"] = metadata
    for name in order:
        t = tensors[name]
        b = raw_bytes(t)
        header[name] = {"dtype": DTYPES[t.dtype][0], "shape": list(t.shape), "data_offsets": [offset, offset + len(b)]}
        offset += len(b)
        data.append(b)
    text = json.dumps(header, separators=(",", ":")).encode("utf-8")
    text += b" " * ((8 - len(text) % 8) % 8)
    with open(path, "wb") as f:
        f.write(len(text).to_bytes(8, "little"))
        f.write(text)
        for b in data:
            f.write(b)


def sequential(*widths, bias=True):
    layers = []
    for i in range(len(widths) - 1):
        if i > 0:
            layers.append(nn.ReLU())
        layers.append(nn.Linear(widths[i], widths[i + 1], bias=bias))
    return nn.Sequential(*layers)


class Named(nn.Module):
    """A hand-written MLP with layers fc1, fc2, fc3."""

    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(1, 5)
        self.fc2 = nn.Linear(5, 3)
        self.fc3 = nn.Linear(3, 1)

    def forward(self, x):
        return self.fc3(torch.relu(self.fc2(torch.relu(self.fc1(x)))))


class Wrapper(nn.Module):
    """A model holding the MLP as `model`: keys model.fc1.weight, ..."""

    def __init__(self):
        super().__init__()
        self.model = Named()

    def forward(self, x):
        return self.model(x)


class Layers(nn.Module):
    """An MLP kept in a ModuleList: keys layers.0.weight, layers.1.weight, ..."""

    def __init__(self, *widths):
        super().__init__()
        self.layers = nn.ModuleList(nn.Linear(a, b) for a, b in zip(widths, widths[1:]))

    def forward(self, x):
        for layer in self.layers[:-1]:
            x = torch.relu(layer(x))
        return self.layers[-1](x)


def outputs(model, dtype):
    with torch.no_grad():
        x = torch.tensor(GRID, dtype=torch.float64).unsqueeze(1)
        compute = torch.float32 if dtype == torch.float16 else dtype
        native = model.to(compute)(x.to(compute)).squeeze(1).to(torch.float64).tolist()
        exact = model.to(torch.float64)(x).squeeze(1).tolist()
        model.to(dtype)
    return "torch_" + str(compute).replace("torch.", ""), native, exact


def good(name, model, dtype, metadata=None):
    model = model.to(dtype)
    save_file(model.state_dict(), os.path.join(HERE, name + ".safetensors"), metadata)
    column, native, exact = outputs(model, dtype)
    with open(os.path.join(HERE, name + ".csv"), "w") as f:
        f.write("x," + column + ",torch_float64\n")
        for x, y, z in zip(GRID, native, exact):
            f.write(repr(x) + "," + repr(y) + "," + repr(z) + "\n")


def bad(name, model_or_state):
    state = model_or_state.state_dict() if isinstance(model_or_state, nn.Module) else model_or_state
    save_file(state, os.path.join(HERE, "bad-" + name + ".safetensors"))


def main():
    torch.manual_seed(20)
    good("shallow-f32", sequential(1, 6, 1), torch.float32)
    good("shallow-f64", sequential(1, 6, 1), torch.float64)
    good("deep-f32", sequential(1, 5, 4, 3, 1), torch.float32)
    good("deep-f64", sequential(1, 5, 4, 3, 1), torch.float64, {"format": "pt"})
    good("shallow-f16", sequential(1, 6, 1), torch.float16)
    good("deep-bf16", sequential(1, 5, 4, 3, 1), torch.bfloat16)
    good("named-f32", Wrapper(), torch.float32, {"format": "pt"})
    good("layers-f32", Layers(1, 4, 4, 1), torch.float32)
    # nn.DataParallel keeps the model as `module`: keys module.0.weight, ...
    good("module-f32", nn.DataParallel(sequential(1, 4, 1)), torch.float32)
    # Linear(bias=False) has no bias key: read as zero biases
    good("nobias-f32", sequential(1, 4, 3, 1, bias=False), torch.float32)

    bad("input-2d", sequential(2, 4, 1))
    bad("output-2d", sequential(1, 4, 2))
    bad("conv", nn.Sequential(nn.Conv2d(1, 2, 3), nn.ReLU(), nn.Flatten(), nn.Linear(2, 1)))
    bad("chain", nn.Sequential(nn.Linear(1, 4), nn.ReLU(), nn.Linear(5, 1)))  # builds; fails only in forward
    bad("batchnorm", nn.Sequential(nn.Linear(1, 4), nn.BatchNorm1d(4), nn.ReLU(), nn.Linear(4, 1)))
    nan = sequential(1, 4, 1)
    with torch.no_grad():
        nan[2].weight[0, 1] = float("nan")
    bad("nan", nan)
    inf = sequential(1, 4, 1)
    with torch.no_grad():
        inf[0].bias[3] = float("inf")
    bad("inf", inf)


if __name__ == "__main__":
    main()
