#!/usr/bin/env python3
"""PyTorch CPU timing of the seeded random-weight ResNeXt50_32x4d (Golden/Deep/make_golden_deep.py) on the network
inputs DlRadiomics wrote (INPUTS.npy, N x 3 x 224 x 224), in batches of BATCH with THREADS threads: the faster of 2
runs after a warm-up, as DeepTiming.cs. Prints the same tab-separated line layout, and the largest relative
difference between PyTorch's features and DlRadiomics' (FEATURES.npy).

    python3 reference/deep_timing.py INPUTS.npy FEATURES.npy BATCH THREADS
"""
import os
import sys
import time

import numpy as np
import torch

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "DlRadiomics.Tests", "Golden", "Deep"))
import make_golden_deep  # noqa: E402

inputs_path, features_path, batch, threads = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
torch.set_num_threads(threads)
inputs = torch.from_numpy(np.load(inputs_path))
ours = np.load(features_path)
model = make_golden_deep.random_resnext()


def forward():
    with torch.no_grad():
        return torch.cat([model(inputs[i:i + batch]) for i in range(0, len(inputs), batch)]).numpy()


features = forward()
best = float("inf")
for _ in range(2):
    start = time.perf_counter()
    forward()
    best = min(best, time.perf_counter() - start)
n = len(inputs)
print(f"resnext50_32x4d\tPyTorch {torch.__version__} CPU\tforward\t{n}\t{best:.3f}\t{n / best:.2f}")
scale = np.maximum(np.abs(features), np.abs(features).max() / 100)
print(f"# largest relative difference PyTorch vs DlRadiomics features: {np.max(np.abs(features - ours) / scale):.2e}")
