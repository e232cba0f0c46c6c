#!/usr/bin/python3
"""A small RTSTRUCT drawn on the fixture series `../series` (s1_*, frame of reference 1.2.826.0.1.3680043.9.7433.9),
written with dcmtk's dump2dcm: two ROIs ("Disc" with a closed planar contour on each of the three slices, one of them
with a hole; "Marker", a single POINT), explicit VR little endian with sequences of defined length (dump2dcm's
default). The readers' fuzz test mutates it; RtStructReaderTests read it back.

Run from the repository root: /usr/bin/python3 tests/DlRadiomics.Tests/Fixtures/Imaging/dicom/rtstruct/make_rtstruct_fixture.py
"""
import os, subprocess, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
FRAME = "1.2.826.0.1.3680043.9.7433.9"
SERIES = "1.2.826.0.1.3680043.9.7433.4"
ROW = (0.95533649, 0.29552021, 0.0)          # ImageOrientationPatient of the series: direction of increasing column i
COL = (-0.28962948, 0.93629336, 0.19866933)  # direction of increasing row j
SPACING_I, SPACING_J = 0.8, 0.75             # PixelSpacing [0.75 (between rows), 0.8 (between columns)]
SLICES = [(5.0, -7.0, 11.0), (5.146777, -7.474490, 13.450166), (5.293554, -7.948980, 15.900333)]


def point(origin, i, j):
    return [origin[a] + i * SPACING_I * ROW[a] + j * SPACING_J * COL[a] for a in range(3)]


def contour(origin, corners, kind="CLOSED_PLANAR"):
    values = [v for i, j in corners for v in point(origin, i, j)]
    data = "\\".join(f"{v:.4f}" for v in values)
    return f"""    (fffe,e000) na (Item with undefined length)
      (3006,0042) CS [{kind}]
      (3006,0046) IS [{len(corners)}]
      (3006,0050) DS [{data}]
    (fffe,e00d) na (ItemDelimitationItem)
"""


def main():
    disc = "".join(contour(o, [(1.5, 1.5), (5.5, 1.5), (5.5, 4.5), (1.5, 4.5)]) for o in SLICES)
    disc += contour(SLICES[1], [(2.6, 2.6), (3.4, 2.6), (3.4, 3.4), (2.6, 3.4)])
    marker = contour(SLICES[2], [(4, 3)], "POINT")
    text = f"""
(0008,0005) CS [ISO_IR 100]
(0008,0016) UI [1.2.840.10008.5.1.4.1.1.481.3]
(0008,0018) UI [1.2.826.0.1.3680043.9.7433.20]
(0008,0060) CS [RTSTRUCT]
(0010,0010) PN [Fixture^Patient]
(0010,0020) LO [FIXTURE01]
(0020,000d) UI [1.2.826.0.1.3680043.9.7433.1]
(0020,000e) UI [1.2.826.0.1.3680043.9.7433.21]
(3006,0002) SH [fixture]
(3006,0010) SQ (Sequence with undefined length)
  (fffe,e000) na (Item with undefined length)
    (0020,0052) UI [{FRAME}]
    (3006,0012) SQ (Sequence with undefined length)
      (fffe,e000) na (Item with undefined length)
        (0008,1150) UI [1.2.840.10008.3.1.2.3.1]
        (0008,1155) UI [1.2.826.0.1.3680043.9.7433.1]
        (3006,0014) SQ (Sequence with undefined length)
          (fffe,e000) na (Item with undefined length)
            (0020,000e) UI [{SERIES}]
          (fffe,e00d) na (ItemDelimitationItem)
        (fffe,e0dd) na (SequenceDelimitationItem)
      (fffe,e00d) na (ItemDelimitationItem)
    (fffe,e0dd) na (SequenceDelimitationItem)
  (fffe,e00d) na (ItemDelimitationItem)
(fffe,e0dd) na (SequenceDelimitationItem)
(3006,0020) SQ (Sequence with undefined length)
  (fffe,e000) na (Item with undefined length)
    (3006,0022) IS [1]
    (3006,0024) UI [{FRAME}]
    (3006,0026) LO [Disc]
  (fffe,e00d) na (ItemDelimitationItem)
  (fffe,e000) na (Item with undefined length)
    (3006,0022) IS [2]
    (3006,0024) UI [{FRAME}]
    (3006,0026) LO [Marker]
  (fffe,e00d) na (ItemDelimitationItem)
(fffe,e0dd) na (SequenceDelimitationItem)
(3006,0039) SQ (Sequence with undefined length)
  (fffe,e000) na (Item with undefined length)
    (3006,0040) SQ (Sequence with undefined length)
{disc}    (fffe,e0dd) na (SequenceDelimitationItem)
    (3006,0084) IS [1]
  (fffe,e00d) na (ItemDelimitationItem)
  (fffe,e000) na (Item with undefined length)
    (3006,0040) SQ (Sequence with undefined length)
{marker}    (fffe,e0dd) na (SequenceDelimitationItem)
    (3006,0084) IS [2]
  (fffe,e00d) na (ItemDelimitationItem)
(fffe,e0dd) na (SequenceDelimitationItem)
"""
    with tempfile.NamedTemporaryFile("w", suffix=".dump", delete=False) as f:
        f.write(text)
    try:
        subprocess.run(["dump2dcm", "--write-xfer-little", f.name, os.path.join(HERE, "rtstruct.dcm")], check=True)
    finally:
        os.unlink(f.name)


if __name__ == "__main__":
    main()
