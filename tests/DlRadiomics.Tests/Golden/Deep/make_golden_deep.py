#!/usr/bin/env python3
"""Golden values for the deep-feature extractor (tests/DlRadiomics.Tests/Deep), made with PyTorch.

A ResNeXt50_32x4d with fixed random weights (seed SEED; batch-norm statistics randomised too, so they are not the
identity) is exported by models/export_resnext50_32x4d.py's own code. A few image/mask volumes are preprocessed the
torchvision way — the slice with the largest ROI area (ties: lowest index), the ROI's bounding box plus a margin,
min-max (or percentile) scaling to [0, 1], torch.nn.functional.interpolate(mode='bilinear', align_corners=False,
no antialias) to 224 x 224, the grey picture repeated to 3 channels, torchvision.transforms.Normalize with the
ImageNet mean/std — and run through the PyTorch model. Written beside this script:
  case_<name>_image.npy, case_<name>_mask.npy   the inputs (K x J x I, i fastest as in NIfTI)
  case_<name>_resized.npy                       the resized [0, 1] picture PyTorch fed to Normalize (224 x 224)
  case_<name>_features.npy                      PyTorch's 2048 features
  cases.csv                                     per case: slice index, crop box, scaling
  versions.txt                                  tool versions, seed, SHA-256 of the exported model
  tiny_*.onnx                                   graphs of a few bytes for the error and batching tests: a valid
                                                3-channel global average pool, and inputs that are not N x 3 x H x W float
The ~100 MB model itself is not committed: `--model-only PATH` regenerates it (the tests do so when it is absent).

    python3 tests/DlRadiomics.Tests/Golden/Deep/make_golden_deep.py            # goldens + model in .cache/deep/
    python3 tests/DlRadiomics.Tests/Golden/Deep/make_golden_deep.py --model-only .cache/deep/resnext50_32x4d_random.onnx
Needs Debian python3-torch 1.13, python3-torchvision 0.14, python3-onnx, python3-numpy.
"""
import argparse
import hashlib
import os
import sys

import numpy as np
import torch
import torch.nn.functional as F
import torchvision

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
sys.path.insert(0, os.path.join(ROOT, "models"))
import export_resnext50_32x4d as exporter  # noqa: E402

SEED = 20240611
SIZE = 224
MARGIN = 8
MEAN = [0.485, 0.456, 0.406]
STD = [0.229, 0.224, 0.225]
DEFAULT_MODEL = os.path.join(ROOT, ".cache", "deep", "resnext50_32x4d_random.onnx")


def random_resnext() -> torch.nn.Module:
    torch.manual_seed(SEED)
    model = torchvision.models.resnext50_32x4d(weights=None)
    g = torch.Generator().manual_seed(SEED + 1)
    with torch.no_grad():
        for m in model.modules():
            if isinstance(m, torch.nn.BatchNorm2d):
                n = m.num_features
                m.weight.copy_(0.5 + torch.rand(n, generator=g))
                m.bias.copy_(0.1 * torch.randn(n, generator=g))
                m.running_mean.copy_(0.1 * torch.randn(n, generator=g))
                m.running_var.copy_(0.5 + torch.rand(n, generator=g))
    return exporter.without_classifier(model)


def ellipse(shape, centre, radii):
    jj, ii = np.mgrid[0:shape[0], 0:shape[1]]
    return ((jj - centre[0]) / radii[0]) ** 2 + ((ii - centre[1]) / radii[1]) ** 2 <= 1


def cases():
    """(name, image K x J x I int16, mask uint8, scaling, lower, upper)."""
    rng = np.random.default_rng(SEED)
    out = []

    # Upsampling a small crop; slices 1 and 3 hold the same, largest ROI: the lower index must win.
    img = rng.normal(400, 60, (5, 64, 80)).round().astype(np.int16)
    mask = np.zeros(img.shape, np.uint8)
    mask[1][ellipse((64, 80), (30, 38), (9, 14))] = 1
    mask[2][ellipse((64, 80), (30, 38), (5, 8))] = 1
    mask[3][ellipse((64, 80), (32, 40), (9, 14))] = 1
    img[mask == 1] += 300
    out.append(("upsample", img, mask, "minmax", 0.0, 100.0))

    # Shrinking a large crop by a non-integer factor (no antialias); a second label the extractor must ignore.
    jj, ii = np.mgrid[0:300, 0:260]
    base = 500 + 200 * np.sin(jj / 11.0) * np.cos(ii / 7.0)
    img = (base[None] + rng.normal(0, 40, (3, 300, 260))).round().astype(np.int16)
    mask = np.zeros(img.shape, np.uint8)
    mask[1][ellipse((300, 260), (150, 128), (125, 112))] = 1
    mask[0][ellipse((300, 260), (150, 128), (40, 40))] = 2
    out.append(("downsample", img, mask, "minmax", 0.0, 100.0))

    # An ROI at the image border (margin clipped), a thin box, percentile scaling with bright outliers.
    img = rng.normal(300, 50, (4, 96, 120)).round().astype(np.int16)
    img[2, 5:9, 20:24] = 4000
    mask = np.zeros(img.shape, np.uint8)
    mask[2, 0:14, 10:110] = 1
    mask[1, 40:44, 10:20] = 1
    out.append(("border_percentile", img, mask, "percentile", 1.0, 99.0))
    return out


def preprocess(img, mask, scaling, lower, upper):
    """The torchvision-style reference: returns (resized picture 224 x 224, tensor 1 x 3 x 224 x 224, slice, box)."""
    roi = mask == 1
    counts = roi.reshape(roi.shape[0], -1).sum(axis=1)
    k = int(np.argmax(counts))  # first maximum: the lowest index
    rows = np.flatnonzero(roi[k].any(axis=1))
    cols = np.flatnonzero(roi[k].any(axis=0))
    r0, r1 = max(0, rows[0] - MARGIN), min(roi.shape[1] - 1, rows[-1] + MARGIN)
    c0, c1 = max(0, cols[0] - MARGIN), min(roi.shape[2] - 1, cols[-1] + MARGIN)
    crop = img[k, r0:r1 + 1, c0:c1 + 1].astype(np.float64)
    if scaling == "minmax":
        lo, hi = crop.min(), crop.max()
    else:
        lo, hi = np.percentile(crop, lower), np.percentile(crop, upper)
    scaled = np.clip((crop - lo) / (hi - lo), 0, 1)
    x = torch.from_numpy(scaled.astype(np.float32))[None, None]
    resized = F.interpolate(x, size=(SIZE, SIZE), mode="bilinear", align_corners=False)
    tensor = torchvision.transforms.Normalize(MEAN, STD)(resized.repeat(1, 3, 1, 1))
    return resized[0, 0].numpy(), tensor, k, (r0, c0, r1 - r0 + 1, c1 - c0 + 1)


def sha256(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def write_model(path):
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    temp = path + ".partial"
    exporter.export(random_resnext(), temp)
    os.replace(temp, path)
    return sha256(path)


def tiny_models():
    """Small ONNX graphs (a global average pool; an identity for a float64 input) with a good and unusable inputs."""
    import onnx
    from onnx import TensorProto, helper

    def pool(name, elem, shape, out_shape, op="GlobalAveragePool"):
        x = helper.make_tensor_value_info("image", elem, shape)
        y = helper.make_tensor_value_info("pooled", elem, out_shape)
        graph = helper.make_graph([helper.make_node(op, ["image"], ["pooled"])], name, [x], [y])
        model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)], producer_name="make_golden_deep.py")
        model.ir_version = 7
        onnx.checker.check_model(model)
        onnx.save(model, os.path.join(HERE, f"tiny_{name}.onnx"))

    pool("pool3", TensorProto.FLOAT, ["N", 3, SIZE, SIZE], ["N", 3, 1, 1])
    pool("grey_input", TensorProto.FLOAT, ["N", 1, SIZE, SIZE], ["N", 1, 1, 1])
    pool("double_input", TensorProto.DOUBLE, ["N", 3, SIZE, SIZE], ["N", 3, SIZE, SIZE], op="Identity")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model-only", metavar="PATH", help="only (re)write the random-weight model")
    args = parser.parse_args()
    torch.set_num_threads(1)
    if args.model_only:
        print(f"wrote {args.model_only} (sha256 {write_model(args.model_only)})")
        return
    tiny_models()
    digest = write_model(DEFAULT_MODEL)
    model = random_resnext()
    rows = ["name,slice,row,column,rows,columns,scaling,lower,upper"]
    for name, img, mask, scaling, lower, upper in cases():
        resized, tensor, k, box = preprocess(img, mask, scaling, lower, upper)
        with torch.no_grad():
            features = model(tensor)[0].numpy()
        np.save(os.path.join(HERE, f"case_{name}_image.npy"), img)
        np.save(os.path.join(HERE, f"case_{name}_mask.npy"), mask)
        np.save(os.path.join(HERE, f"case_{name}_resized.npy"), resized.astype(np.float32))
        np.save(os.path.join(HERE, f"case_{name}_features.npy"), features.astype(np.float32))
        rows.append(f"{name},{k},{box[0]},{box[1]},{box[2]},{box[3]},{scaling},{lower},{upper}")
    with open(os.path.join(HERE, "cases.csv"), "w") as f:
        f.write("\n".join(rows) + "\n")
    with open(os.path.join(HERE, "versions.txt"), "w") as f:
        f.write(f"python {sys.version.split()[0]}\ntorch {torch.__version__}\ntorchvision {torchvision.__version__}\n")
        import onnx
        f.write(f"onnx {onnx.__version__}\nnumpy {np.__version__}\nseed {SEED}\nopset {exporter.OPSET}\n")
        f.write(f"model_sha256 {digest}\n")
    print(f"goldens written to {HERE}; model {DEFAULT_MODEL} sha256 {digest}")


if __name__ == "__main__":
    main()
