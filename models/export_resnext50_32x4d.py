#!/usr/bin/env python3
"""Export torchvision's ResNeXt50_32x4d without its classifier as ONNX, for `dlr deep` and DeepModel.ResNeXt50.

The exported graph takes `input` (N x 3 x 224 x 224 float32, batch N dynamic, torchvision's ImageNet normalisation
already applied) and returns `features` (N x 2048): the output of the global average pool, flattened — the
penultimate layer the surgical-risk study used. Opset 13.

    # ImageNet weights from a local state-dict file (torchvision's resnext50_32x4d-7cdf4587.pth):
    python3 models/export_resnext50_32x4d.py --weights resnext50_32x4d-7cdf4587.pth --out models/resnext50_32x4d.onnx
    # ImageNet weights downloaded by torchvision (needs internet access):
    python3 models/export_resnext50_32x4d.py --download --out models/resnext50_32x4d.onnx

When models/resnext50_32x4d.onnx exists, `dlr deep` uses it instead of the embedded ResNet18 and says so.
Needs PyTorch and torchvision (Debian: python3-torch, python3-torchvision).
"""
import argparse

import torch
import torchvision

OPSET = 13
INPUT_NAME = "input"
OUTPUT_NAME = "features"


def without_classifier(model: torch.nn.Module) -> torch.nn.Module:
    """The network up to its average pool, flattened: torchvision's forward with fc replaced by the identity."""
    model.fc = torch.nn.Identity()
    return model.eval()


def export(model: torch.nn.Module, path: str) -> None:
    """Write `model` (classifier removed, eval mode) as ONNX with a dynamic batch axis."""
    example = torch.zeros(1, 3, 224, 224)
    torch.onnx.export(model, example, path, opset_version=OPSET, input_names=[INPUT_NAME], output_names=[OUTPUT_NAME],
                      dynamic_axes={INPUT_NAME: {0: "N"}, OUTPUT_NAME: {0: "N"}}, do_constant_folding=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--weights", help="state-dict file of torchvision's ImageNet ResNeXt50_32x4d")
    source.add_argument("--download", action="store_true", help="let torchvision download the ImageNet weights")
    parser.add_argument("--out", default="models/resnext50_32x4d.onnx")
    args = parser.parse_args()
    if args.download:
        model = torchvision.models.resnext50_32x4d(weights=torchvision.models.ResNeXt50_32X4D_Weights.IMAGENET1K_V1)
    else:
        model = torchvision.models.resnext50_32x4d(weights=None)
        model.load_state_dict(torch.load(args.weights, map_location="cpu"))
    export(without_classifier(model), args.out)
    print(f"wrote {args.out} (input '{INPUT_NAME}' N x 3 x 224 x 224, output '{OUTPUT_NAME}' N x 2048, opset {OPSET})")


if __name__ == "__main__":
    main()
