#!/usr/bin/env python3
"""Golden values of the DLR fusion (DlrFusion), made with scikit-learn.

Deep features of two planes (40 training and 15 test patients x 64 network features, a low-rank structure plus
noise, seed 7) and 5 radiomics features are fused as the surgical-risk study describes: PCA(n_components=8) per
plane fitted on training, the scores placed beside the radiomics features, StandardScaler fitted on training; both
cohorts transformed. Written: fusion_inputs.json (the inputs) and fusion_golden.json (the fused test and training
rows, scikit-learn's version).

    python3 tests/DlRadiomics.Tests/Golden/Deep/make_golden_fusion.py
Needs Debian python3-sklearn 1.2 and python3-numpy.
"""
import json
import os

import numpy as np
import sklearn
from sklearn.decomposition import PCA
from sklearn.preprocessing import StandardScaler

HERE = os.path.dirname(os.path.abspath(__file__))
rng = np.random.default_rng(7)
K = 8


def block(n):
    latent = rng.normal(size=(n, 6))
    loadings = np.random.default_rng(11).normal(size=(6, 64))
    return latent @ loadings + 0.3 * rng.normal(size=(n, 64)) + 2.0


sag_train, sag_test = block(40), block(15)
axi_train, axi_test = block(40), block(15)
rad_train, rad_test = rng.normal(5, 3, size=(40, 5)), rng.normal(5, 3, size=(15, 5))

pca_sag = PCA(n_components=K).fit(sag_train)
pca_axi = PCA(n_components=K).fit(axi_train)
fused_train = np.hstack([rad_train, pca_sag.transform(sag_train), pca_axi.transform(axi_train)])
fused_test = np.hstack([rad_test, pca_sag.transform(sag_test), pca_axi.transform(axi_test)])
scaler = StandardScaler().fit(fused_train)

with open(os.path.join(HERE, "fusion_inputs.json"), "w") as f:
    json.dump({"components": K, "rad_train": rad_train.tolist(), "rad_test": rad_test.tolist(),
               "sag_train": sag_train.tolist(), "sag_test": sag_test.tolist(),
               "axi_train": axi_train.tolist(), "axi_test": axi_test.tolist()}, f)
with open(os.path.join(HERE, "fusion_golden.json"), "w") as f:
    json.dump({"sklearn": sklearn.__version__, "numpy": np.__version__,
               "train": scaler.transform(fused_train).tolist(), "test": scaler.transform(fused_test).tolist(),
               "sag_explained_variance_ratio": pca_sag.explained_variance_ratio_.tolist()}, f)
print("wrote fusion_inputs.json and fusion_golden.json")
