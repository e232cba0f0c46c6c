"""Golden values for the LBP2D image type: PyRadiomics' imageoperations.getLBP2DImage, which runs scikit-image's
skimage.feature.local_binary_pattern on every 2-D slice of the image array, evaluated with the scikit-image Debian
ships (python3-skimage).

    /usr/bin/python3 generate_lbp2d_golden.py

Inputs: the LoG fixtures (brain1_crop.nrrd, int16; synthetic_anisotropic.nrrd, float32) and plateaus.nrrd, a small
float64 image with plateaus, steps, ties and negative values that this script writes to Fixtures/Radiomics/LBP2D.

Writes, next to this script:
- lbp2d_<input>.csv.gz: '#' lines give the tool versions and the input; then a header naming one column per
  configuration '<method>_P<samples>_R<radius>_d<force2Ddimension>' and one row per voxel (x fastest). As in
  PyRadiomics, the LBP values are written back into the input's array, so they take the input's dtype (int16
  truncates and wraps, float32 rounds). For the LoG fixtures 'var' is written for P=8, R=1 only (float variances
  hardly compress); plateaus.nrrd has every configuration.
- numpy_cast.csv: float64 values assigned into arrays of each dtype (numpy's unsafe cast, what that write-back does).
"""
import gzip
import io
import os
import sys

import numpy
import skimage
from skimage.feature import local_binary_pattern

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURES = os.path.join(HERE, "..", "..", "..", "Fixtures", "Radiomics")
METHODS = ["default", "ror", "uniform", "nri_uniform", "var"]
SAMPLES_RADII = [(8, 1), (16, 2), (6, 0.7)]
NRRD_TYPES = {"short": "<i2", "float": "<f4", "double": "<f8"}


def read_nrrd(path):
    raw = open(path, "rb").read()
    header, _, data = raw.partition(b"\n\n")
    fields = dict(l.split(": ", 1) for l in header.decode().splitlines()[1:] if ": " in l)
    sizes = [int(s) for s in fields["sizes"].split()]
    payload = gzip.decompress(data) if fields["encoding"] == "gzip" else data
    return numpy.frombuffer(payload, dtype=NRRD_TYPES[fields["type"]]).reshape(sizes[::-1]).copy()


def write_plateaus(path):
    """z, y, x = 4, 7, 9: a flat block, a step, a ramp, a spike, negative values and zeros at the border."""
    z, y, x = numpy.meshgrid(numpy.arange(4), numpy.arange(7), numpy.arange(9), indexing="ij")
    im = numpy.where(x < 4, 5.0, 10.0)                      # plateau of 5 beside a plateau of 10
    im = numpy.where((y >= 5) & (x >= 2), 0.25 * x - 1.0, im)  # a ramp crossing zero (ties with the outside)
    im = numpy.where((x == 6) & (y == 2), 40.0, im)          # a spike
    im = numpy.where(y == 0, -3.0, im)                       # negative row at the border
    im = numpy.where(z == 3, 7.0, im)                        # a slice that is flat everywhere
    im[1, 3, 1] = 5.0 + 1e-12                                # a near tie
    header = ("NRRD0004\ntype: double\ndimension: 3\nspace: left-posterior-superior\nsizes: 9 7 4\n"
              "space directions: (0.7,0,0) (0,0.8,0) (0,0,2.5)\nkinds: domain domain domain\nendian: little\n"
              "encoding: gzip\nspace origin: (0,0,0)\n\n")
    with open(path, "wb") as f:
        f.write(header.encode())
        f.write(gzip.compress(im.astype("<f8").tobytes(), mtime=0))


def get_lbp2d_image(im_arr, samples, radius, method, axis):
    """imageoperations.getLBP2DImage for a 3-D image (PyRadiomics 3.1), minus SimpleITK."""
    im_arr = im_arr.copy().swapaxes(0, axis)
    for idx in range(im_arr.shape[0]):
        im_arr[idx, ...] = local_binary_pattern(im_arr[idx, ...], P=samples, R=radius, method=method)
    return im_arr.swapaxes(0, axis)


def text(v):
    v = float(v)
    return str(int(v)) if v.is_integer() else repr(v)


def write_golden(name, im, var_only_default=False):
    columns, values = [], []
    with numpy.errstate(invalid="ignore"):
        for samples, radius in SAMPLES_RADII:
            for method in METHODS:
                if method == "var" and var_only_default and (samples, radius) != SAMPLES_RADII[0]:
                    continue  # float variances hardly compress: keep the goldens small
                for axis in range(3):
                    columns.append(f"{method}_P{samples}_R{radius}_d{axis}")
                    values.append(get_lbp2d_image(im, samples, radius, method, axis).ravel())
    out = io.StringIO()
    out.write(f"# scikit-image {skimage.__version__}, numpy {numpy.__version__}, python {sys.version.split()[0]}\n")
    out.write(f"# input {name}.nrrd, dtype {im.dtype}, array shape (z, y, x) {im.shape}\n")
    out.write(",".join(columns) + "\n")
    for row in zip(*values):
        out.write(",".join(text(v) for v in row) + "\n")
    with open(os.path.join(HERE, f"lbp2d_{name}.csv.gz"), "wb") as f:
        f.write(gzip.compress(out.getvalue().encode(), mtime=0))


def write_casts():
    values = [0.0, 3.7, -0.7, 127.5, 200.0, 255.0, 256.0, -1.0, 32767.0, 40000.5, 65535.0, 70000.0,
              2147483647.0, 2.0 ** 31, 4294967295.0, 1e10, 1e20, float("nan")]
    types = ["int8", "uint8", "int16", "uint16", "int32", "uint32", "int64", "uint64", "float32", "float64"]
    with open(os.path.join(HERE, "numpy_cast.csv"), "w") as f:
        f.write(f"# numpy {numpy.__version__}: a[:] = float64 values, for arrays a of each dtype\n")
        f.write("value," + ",".join(types) + "\n")
        with numpy.errstate(invalid="ignore", over="ignore"):
            for v in values:
                cells = []
                for t in types:
                    a = numpy.zeros(1, dtype=t)
                    a[:] = numpy.array([v])
                    cells.append(repr(float(a[0])) if a.dtype.kind == "f" else str(int(a[0])))
                f.write(repr(v) + "," + ",".join(cells) + "\n")


def main():
    os.makedirs(os.path.join(FIXTURES, "LBP2D"), exist_ok=True)
    write_plateaus(os.path.join(FIXTURES, "LBP2D", "plateaus.nrrd"))
    for path in ["LoG/brain1_crop.nrrd", "LoG/synthetic_anisotropic.nrrd", "LBP2D/plateaus.nrrd"]:
        im = read_nrrd(os.path.join(FIXTURES, path))
        write_golden(os.path.splitext(os.path.basename(path))[0], im, var_only_default=path.startswith("LoG/"))
    write_casts()


if __name__ == "__main__":
    main()
