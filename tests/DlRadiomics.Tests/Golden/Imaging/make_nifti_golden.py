#!/usr/bin/python3
"""Golden values for the NIfTI reader, read with nibabel.

Writes small NIfTI fixtures covering the data types, NIfTI-2, big-endian storage, scaling and an oblique qform
to tests/DlRadiomics.Tests/Fixtures/Imaging/nifti/, then records for every fixture and for the shared reference
files what nibabel reads: size, spacing, LPS origin and direction (nibabel's affine with the first two rows negated,
columns normalised, which is ITK's convention), voxel sum/min/max, and for fixtures every voxel.

Run from the repository root: /usr/bin/python3 tests/DlRadiomics.Tests/Golden/Imaging/make_nifti_golden.py
"""
import json, os, sys
import numpy as np
import nibabel as nib

ROOT = os.path.dirname(os.path.abspath(__file__))
FIXTURES = os.path.normpath(os.path.join(ROOT, "..", "..", "Fixtures", "Imaging", "nifti"))
SHARED = os.environ.get("DLR_SHARED", os.path.normpath(os.path.join(ROOT, "..", "..", "..", "..", "..", "shared")))
os.makedirs(FIXTURES, exist_ok=True)


def rotation(ax, ay, az):
    cx, sx, cy, sy, cz, sz = np.cos(ax), np.sin(ax), np.cos(ay), np.sin(ay), np.cos(az), np.sin(az)
    rx = np.array([[1, 0, 0], [0, cx, -sx], [0, sx, cx]])
    ry = np.array([[cy, 0, sy], [0, 1, 0], [-sy, 0, cy]])
    rz = np.array([[cz, -sz, 0], [sz, cz, 0], [0, 0, 1]])
    return rz @ ry @ rx


def affine(rot, spacing, offset):
    a = np.eye(4)
    a[:3, :3] = rot @ np.diag(spacing)
    a[:3, 3] = offset
    return a


def make_fixtures():
    rng = np.random.default_rng(20261123)
    shape = (4, 3, 2)
    base = affine(np.diag([-1.0, 1.0, 1.0]), [0.8, 0.9, 2.5], [10.5, -20.25, 30.0])
    oblique = affine(rotation(0.3, -0.2, 0.5), [1.1, 0.7, 3.0], [-5.0, 7.5, -12.0])
    made = []

    def save(name, img):
        path = os.path.join(FIXTURES, name)
        nib.save(img, path)
        made.append(name)

    for dtype in ["uint8", "int8", "int16", "uint16", "int32", "uint32", "float32", "float64"]:
        info = np.iinfo(dtype) if np.dtype(dtype).kind in "iu" else None
        lo, hi = (max(info.min, -1000), min(info.max, 1000)) if info else (-1000, 1000)
        data = rng.integers(lo, hi, size=shape).astype(dtype)
        if info is None:
            data = (data + rng.random(shape)).astype(dtype)
        img = nib.Nifti1Image(data, base)
        img.set_qform(base, code=1)
        img.set_sform(base, code=1)
        save(f"{dtype}.nii", img)

    data = rng.integers(-300, 300, size=shape).astype(np.int16)
    img = nib.Nifti1Image(data, oblique)
    img.set_qform(oblique, code=1)
    img.set_sform(None, code=0)
    save("oblique_qform_only.nii.gz", img)

    img = nib.Nifti1Image(data, oblique)
    img.set_qform(None, code=0)
    img.set_sform(oblique, code=2)
    save("oblique_sform_only.nii.gz", img)

    img = nib.Nifti1Image(data, base)
    img.header.set_slope_inter(0.25, -10.0)
    img.set_qform(base, code=1)
    img.set_sform(base, code=1)
    save("int16_scaled.nii.gz", img)

    img = nib.Nifti2Image(data.astype(np.float32) * 1.5, oblique)
    img.set_qform(oblique, code=1)
    img.set_sform(oblique, code=1)
    save("nifti2_float32.nii", img)

    big = nib.Nifti1Image(data, base, header=nib.Nifti1Header(endianness=">"))
    big.set_qform(base, code=1)
    big.set_sform(base, code=1)
    save("int16_big_endian.nii", big)
    return made


def describe(path, with_voxels):
    img = nib.load(path)
    h = img.header
    a = img.affine
    lps = a.copy()
    lps[:2, :] *= -1
    spacing = [float(v) for v in h.get_zooms()[:3]]
    direction = lps[:3, :3] / np.linalg.norm(lps[:3, :3], axis=0)
    data = np.asarray(img.get_fdata(dtype=np.float64))
    slope, inter = h.get_slope_inter()
    raw = np.asanyarray(img.dataobj.get_unscaled()) if slope is not None else None
    if raw is not None:
        # ITK promotes integer data to float32 before rescaling, then stores the result as float32
        itk = (raw.astype(np.float32).astype(np.float64) * slope + inter).astype(np.float32).astype(np.float64)
    else:
        itk = data
    out = {
        "size": list(data.shape[:3]) + [1] * (3 - data.ndim),
        "spacing": spacing,
        "origin": [float(v) for v in lps[:3, 3]],
        "direction_row_major": [float(v) for v in direction.reshape(-1)],
        "sum": float(itk.sum()),
        "min": float(itk.min()),
        "max": float(itk.max()),
        "nonzero": int(np.count_nonzero(itk)),
        "qform_code": int(h["qform_code"]),
        "sform_code": int(h["sform_code"]),
    }
    if with_voxels:
        out["voxels_i_fastest"] = [float(v) for v in itk.reshape(-1, order="F")]
    return out


def main():
    golden = {"tool": f"nibabel {nib.__version__}, numpy {np.__version__}, python {sys.version.split()[0]}", "fixtures": {}, "shared": {}}
    for name in make_fixtures():
        golden["fixtures"][name] = describe(os.path.join(FIXTURES, name), True)
    shared = ["reference/ibsi/digital_phantom/image.nii.gz", "reference/ibsi/digital_phantom/mask.nii.gz"]
    shared += [f"reference/ibsi/validation/STS_00{n}/MR_T1/{kind}.nii.gz" for n in (1, 2, 3) for kind in ("image", "mask")]
    for rel in shared:
        full = os.path.join(SHARED, rel)
        if os.path.exists(full):
            golden["shared"][rel] = describe(full, False)
    with open(os.path.join(ROOT, "nifti_golden.json"), "w") as f:
        json.dump(golden, f, indent=1)
        f.write("\n")
    print(f"wrote {len(golden['fixtures'])} fixtures, {len(golden['shared'])} shared files")


if __name__ == "__main__":
    main()
