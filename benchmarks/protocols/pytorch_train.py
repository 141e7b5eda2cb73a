#!/usr/bin/env python3
"""Trains a splinelens network JSON in PyTorch on the same data, loss and optimizer as `splinelens train`.

Usage: pytorch_train.py NET.json DATA.csv OPTIMIZER LR EPOCHS DTYPE THREADS
  NET.json   the start network as splinelens writes it ("shallow": w, b, v, b0; "deep": layers of weights and biases)
  DATA.csv   columns x,y (header line)
  OPTIMIZER  gd (full-batch torch.optim.SGD) or adam (torch.optim.Adam, PyTorch's defaults but lr)
  DTYPE      float32 or float64
Prints one JSON line: {"seconds": training-loop wall time, "finalLoss": ..., "epochs": ...}. The loss is
0.5 * sum((f(x) - y)^2), as splinelens trains it. Timing covers the training loop only (not Python's start, the
import of torch or building the model), after a warm-up of 20 steps on a copy of the model.
"""
import json
import sys
import time

import torch


def build(net, dtype):
    if net["type"] == "shallow":
        h = len(net["w"])
        model = torch.nn.Sequential(torch.nn.Linear(1, h), torch.nn.ReLU(), torch.nn.Linear(h, 1))
        with torch.no_grad():
            model[0].weight.copy_(torch.tensor(net["w"], dtype=torch.float64).reshape(h, 1))
            model[0].bias.copy_(torch.tensor(net["b"], dtype=torch.float64))
            model[2].weight.copy_(torch.tensor(net["v"], dtype=torch.float64).reshape(1, h))
            model[2].bias.copy_(torch.tensor([net["b0"]], dtype=torch.float64))
        return model.to(dtype)
    modules = []
    for k, layer in enumerate(net["layers"]):
        weights = torch.tensor(layer["weights"], dtype=torch.float64)
        linear = torch.nn.Linear(weights.shape[1], weights.shape[0])
        with torch.no_grad():
            linear.weight.copy_(weights)
            linear.bias.copy_(torch.tensor(layer["biases"], dtype=torch.float64))
        modules.append(linear)
        if k < len(net["layers"]) - 1:
            modules.append(torch.nn.ReLU())
    return torch.nn.Sequential(*modules).to(dtype)


def optimizer_of(name, params, lr):
    if name == "gd":
        return torch.optim.SGD(params, lr=lr)
    if name == "adam":
        return torch.optim.Adam(params, lr=lr)
    raise SystemExit("pytorch_train.py: unknown optimizer " + name)


def train(model, optimizer, x, y, epochs):
    loss = None
    for _ in range(epochs):
        optimizer.zero_grad(set_to_none=True)
        loss = 0.5 * ((model(x) - y) ** 2).sum()
        loss.backward()
        optimizer.step()
    return loss


def main():
    net_file, data_file, name, lr, epochs, dtype_name, threads = sys.argv[1:8]
    lr, epochs, threads = float(lr), int(epochs), int(threads)
    torch.set_num_threads(threads)
    dtype = {"float32": torch.float32, "float64": torch.float64}[dtype_name]
    with open(net_file) as f:
        net = json.load(f)
    rows = [line.split(",") for line in open(data_file).read().split("\n")[1:] if line]
    x = torch.tensor([[float(r[0])] for r in rows], dtype=dtype)
    y = torch.tensor([[float(r[1])] for r in rows], dtype=dtype)

    warm = build(net, dtype)
    train(warm, optimizer_of(name, warm.parameters(), lr), x, y, 20)
    model = build(net, dtype)
    optimizer = optimizer_of(name, model.parameters(), lr)
    began = time.perf_counter()
    loss = train(model, optimizer, x, y, epochs)
    seconds = time.perf_counter() - began
    with torch.no_grad():
        final = float(0.5 * ((model(x) - y) ** 2).sum())
    print(json.dumps({"seconds": seconds, "finalLoss": final, "epochs": epochs}))


if __name__ == "__main__":
    main()
