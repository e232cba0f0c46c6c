#!/usr/bin/python3
"""Small DICOM fixtures made with dcmtk, and golden values read from them with pydicom.

One synthetic single-slice MR image (8 x 6, signed 16-bit with rescale slope/intercept, oblique orientation, a
sequence of undefined length and a sequence whose tag is not in our reader's dictionary) is written with dump2dcm,
then re-encoded with dcmconv into every uncompressed transfer syntax (+te, +ti, +tb, +td), with defined-length
sequences (+e), as a bare data set without preamble (-F), and compressed with dcmcjpeg, dcmcrle and dcmcjpls for the
"unsupported transfer syntax" error. A folder `series/` holds two interleaved series (3 + 2 slices, shuffled file
names) and a non-DICOM file. pydicom reads everything back into Golden/Imaging/dicom_golden.json.

Run from the repository root: /usr/bin/python3 tests/DlRadiomics.Tests/Fixtures/Imaging/dicom/make_dicom_fixtures.py
"""
import json, os, subprocess, sys, tempfile
import numpy as np
import pydicom
from pydicom.pixel_data_handlers.util import apply_modality_lut

HERE = os.path.dirname(os.path.abspath(__file__))
GOLDEN = os.path.normpath(os.path.join(HERE, "..", "..", "..", "Golden", "Imaging", "dicom_golden.json"))
ROWS, COLS = 6, 8


def run(*args):
    subprocess.run(args, check=True, capture_output=True)


def tool_version(tool):
    out = subprocess.run([tool, "--version"], capture_output=True, text=True).stdout
    return out.splitlines()[0] if out else tool


def hexwords(values):
    return "\\".join(f"{int(v) & 0xFFFF:04x}" for v in values)


def hexbytes(values):
    return "\\".join(f"{int(v) & 0xFF:02x}" for v in values)


def dump(series_uid, sop_uid, position, orientation, pixels, bits=16, signed=True, slope="0.5", intercept="-100",
         description="fixture"):
    ipp = "\\".join(f"{v:.6f}" for v in position)
    iop = "\\".join(f"{v:.8f}" for v in orientation)
    pixel_line = (f"(7fe0,0010) OW {hexwords(pixels)}" if bits == 16 else f"(7fe0,0010) OB {hexbytes(pixels)}")
    return f"""
(0008,0005) CS [ISO_IR 100]
(0008,0016) UI =MRImageStorage
(0008,0018) UI [{sop_uid}]
(0008,0060) CS [MR]
(0008,103e) LO [{description}]
(0010,0010) PN [Fixture^Patient]
(0010,0020) LO [FIXTURE01]
(0012,0064) SQ (Sequence with undefined length)
  (fffe,e000) na (Item with undefined length)
    (0008,0100) SH [113100]
    (0008,0102) SH [DCM]
  (fffe,e00d) na (ItemDelimitationItem)
(fffe,e0dd) na (SequenceDelimitationItem)
(0018,0050) DS [2.5]
(0020,000d) UI [1.2.826.0.1.3680043.9.7433.1]
(0020,000e) UI [{series_uid}]
(0020,0032) DS [{ipp}]
(0020,0037) DS [{iop}]
(0020,0052) UI [1.2.826.0.1.3680043.9.7433.9]
(0028,0002) US 1
(0028,0004) CS [MONOCHROME2]
(0028,0010) US {ROWS}
(0028,0011) US {COLS}
(0028,0030) DS [0.75\\0.8]
(0028,0100) US {bits}
(0028,0101) US {bits}
(0028,0102) US {bits - 1}
(0028,0103) US {1 if signed else 0}
(0028,1052) DS [{intercept}]
(0028,1053) DS [{slope}]
(0040,0275) SQ (Sequence with undefined length)
  (fffe,e000) na (Item with undefined length)
    (0040,1001) SH [REQ-42]
  (fffe,e00d) na (ItemDelimitationItem)
(fffe,e0dd) na (SequenceDelimitationItem)
{pixel_line}
"""


def orientation():
    a = 0.3
    row = np.array([np.cos(a), np.sin(a), 0.0])
    col = np.array([-np.sin(a) * np.cos(0.2), np.cos(a) * np.cos(0.2), np.sin(0.2)])
    return np.concatenate([row, col])


def describe(path):
    ds = pydicom.dcmread(path, force=True)
    out = {"transfer_syntax": str(ds.file_meta.TransferSyntaxUID) if "TransferSyntaxUID" in getattr(ds, "file_meta", {}) else None}
    if ds.file_meta.get("TransferSyntaxUID") is None:
        ds.file_meta.TransferSyntaxUID = pydicom.uid.ImplicitVRLittleEndian if not ds.is_implicit_VR is False else pydicom.uid.ExplicitVRLittleEndian
    if out["transfer_syntax"] in (None, "1.2.840.10008.1.2", "1.2.840.10008.1.2.1", "1.2.840.10008.1.2.2", "1.2.840.10008.1.2.1.99"):
        values = apply_modality_lut(ds.pixel_array, ds).astype(np.float64)
        out["values_i_fastest"] = [float(v) for v in values.reshape(-1)]
        out["rows"], out["columns"] = int(ds.Rows), int(ds.Columns)
        out["position"] = [float(v) for v in ds.ImagePositionPatient]
        out["orientation"] = [float(v) for v in ds.ImageOrientationPatient]
        out["pixel_spacing"] = [float(v) for v in ds.PixelSpacing]
        out["series_uid"] = str(ds.SeriesInstanceUID)
        out["request_id"] = str(ds[0x0040, 0x0275][0][0x0040, 0x1001].value)
    return out


def main():
    rng = np.random.default_rng(7433)
    iop = orientation()
    golden = {"tool": f"{tool_version('dcmconv')}; pydicom {pydicom.__version__}; numpy {np.__version__}",
              "script": "tests/DlRadiomics.Tests/Fixtures/Imaging/dicom/make_dicom_fixtures.py", "files": {}, "series": {}}
    with tempfile.TemporaryDirectory() as tmp:
        def make(name, text, *extra):
            d = os.path.join(tmp, os.path.basename(name) + ".dump")
            with open(d, "w") as f:
                f.write(text)
            run("dump2dcm", "+te", *extra, d, os.path.join(HERE, name))

        pixels = rng.integers(-2000, 2000, size=ROWS * COLS)
        pixels[:4] = [-32768, 32767, -1, 0]
        make("explicit_le.dcm", dump("1.2.826.0.1.3680043.9.7433.2", "1.2.826.0.1.3680043.9.7433.2.1", [-12.5, 30.25, 4.0], iop, pixels))
        src = os.path.join(HERE, "explicit_le.dcm")
        run("dcmconv", "+ti", src, os.path.join(HERE, "implicit_le.dcm"))
        run("dcmconv", "+ti", "+e", src, os.path.join(HERE, "implicit_le_defined_lengths.dcm"))
        run("dcmconv", "+te", "+e", src, os.path.join(HERE, "explicit_le_defined_lengths.dcm"))
        run("dcmconv", "+tb", src, os.path.join(HERE, "explicit_be.dcm"))
        run("dcmconv", "+td", src, os.path.join(HERE, "deflated.dcm"))
        run("dcmconv", "-F", "+ti", src, os.path.join(HERE, "dataset_only_implicit.dcm"))
        run("dcmcjpeg", src, os.path.join(HERE, "jpeg_lossless.dcm"))
        run("dcmcrle", src, os.path.join(HERE, "rle.dcm"))
        run("dcmcjpls", src, os.path.join(HERE, "jpeg_ls.dcm"))
        u8 = rng.integers(0, 256, size=ROWS * COLS)
        make("uint8.dcm", dump("1.2.826.0.1.3680043.9.7433.3", "1.2.826.0.1.3680043.9.7433.3.1", [0, 0, 0], iop, u8,
                               bits=8, signed=False, slope="2", intercept="10"))
        for name in sorted(f for f in os.listdir(HERE) if f.endswith(".dcm")):
            golden["files"][name] = describe(os.path.join(HERE, name))

        series_dir = os.path.join(HERE, "series")
        os.makedirs(series_dir, exist_ok=True)
        normal = np.cross(iop[:3], iop[3:])
        origin = np.array([5.0, -7.0, 11.0])
        layout = {"1.2.826.0.1.3680043.9.7433.4": (3, 2.5, ["s1_c.dcm", "s1_a.dcm", "s1_b.dcm"], [2, 0, 1]),
                  "1.2.826.0.1.3680043.9.7433.5": (2, 4.0, ["s2_b.dcm", "s2_a.dcm"], [1, 0])}
        for uid, (count, gap, names, order) in layout.items():
            volume = []
            for k in range(count):
                volume.append(rng.integers(-500, 500, size=ROWS * COLS))
            for name, k in zip(names, order):
                make(os.path.join("series", name), dump(uid, f"{uid}.{k + 1}", origin + k * gap * normal, iop, volume[k],
                                                        description=f"series {uid[-1]}"))
            files = sorted(names, key=lambda n: float(np.dot(pydicom.dcmread(os.path.join(series_dir, n)).ImagePositionPatient, normal)))
            golden["series"][uid] = {
                "files_in_slice_order": files,
                "values_i_fastest": [v for n in files for v in describe(os.path.join(series_dir, n))["values_i_fastest"]],
                "origin": [float(v) for v in pydicom.dcmread(os.path.join(series_dir, files[0])).ImagePositionPatient],
                "slice_spacing": gap,
            }
        with open(os.path.join(series_dir, "README.txt"), "w") as f:
            f.write("Not a DICOM file: the series reader must skip it.\n")
    with open(GOLDEN, "w") as f:
        json.dump(golden, f, indent=1)
        f.write("\n")
    print(f"wrote {len(golden['files'])} files and {len(golden['series'])} series")


if __name__ == "__main__":
    main()
