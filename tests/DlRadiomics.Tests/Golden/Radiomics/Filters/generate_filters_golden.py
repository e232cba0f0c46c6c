"""Golden values for the filter tests: PyRadiomics' formulas for the square, squareroot, logarithm, exponential,
gradient and wavelet image types, evaluated with numpy, scipy and PyWavelets on a small crop of PyRadiomics' brain1
test image (shifted by -300 so that negative intensities occur).

    /usr/bin/python3 generate_filters_golden.py ../../../../../../shared/reference/pyradiomics/brain1_image.nrrd

Writes filters_brain1_crop.csv: '#' lines give the tool versions, crop, size and spacing; then one row per voxel
(x fastest) with the input value and every filtered value.
"""
import gzip
import sys

import numpy
import pywt
import scipy
import scipy.ndimage

CROP = (slice(12, 17), slice(100, 109), slice(180, 191))  # z, y, x: an 11 x 9 x 5 block inside the brain1 ROI
SHIFT = -300.0


def read_nrrd(path):
    raw = open(path, "rb").read()
    header, _, data = raw.partition(b"\n\n")
    fields = dict(l.split(": ", 1) for l in header.decode().splitlines()[1:] if ": " in l)
    assert fields["type"] == "short" and fields["encoding"] == "gzip"
    sizes = [int(s) for s in fields["sizes"].split()]
    directions = [[float(v) for v in d.strip("()").split(",")] for d in fields["space directions"].split()]
    spacing = [float(numpy.linalg.norm(d)) for d in directions]
    array = numpy.frombuffer(gzip.decompress(data), dtype="<i2").reshape(sizes[::-1])
    return array, spacing


# PyRadiomics imageoperations, as functions of a float64 array
def square(im):
    coeff = 1 / numpy.sqrt(numpy.max(numpy.abs(im)))
    return (coeff * im) ** 2


def squareroot(im):
    im = im.copy()
    coeff = numpy.max(numpy.abs(im))
    im[im > 0] = numpy.sqrt(im[im > 0] * coeff)
    im[im < 0] = -numpy.sqrt(-im[im < 0] * coeff)
    return im


def logarithm(im):
    im = im.copy()
    im_max = numpy.max(numpy.abs(im))
    im[im > 0] = numpy.log(im[im > 0] + 1)
    im[im < 0] = -numpy.log(-(im[im < 0] - 1))
    return im * (im_max / numpy.max(numpy.abs(im)))


def exponential(im):
    im_max = numpy.max(numpy.abs(im))
    coeff = numpy.log(im_max) / im_max
    return numpy.exp(coeff * im)


def gradient(im, spacing_zyx):
    # SimpleITK GradientMagnitudeImageFilter: central differences, edge voxels repeated (zero-flux Neumann),
    # output pixel type float
    total = numpy.zeros_like(im)
    for axis, s in enumerate(spacing_zyx):
        g = scipy.ndimage.correlate1d(im, [-0.5 / s, 0.0, 0.5 / s], axis=axis, mode="nearest")
        total += g * g
    return numpy.sqrt(total).astype("float32")


def wavelet(im, name, level, axes):
    # PyRadiomics _swt3 / getWaveletImage
    original_shape = im.shape
    padding = tuple([(0, 1 if dim % 2 != 0 else 0) for dim in original_shape])
    data = numpy.pad(im.copy(), padding, "wrap")
    crop = tuple(slice(None, -1 if dim % 2 != 0 else None) for dim in original_shape)
    out = {}
    for idx in range(1, level + 1):
        dec = pywt.swtn(data, pywt.Wavelet(name), level=1, start_level=0, axes=axes)[0]
        data = dec["a" * len(axes)].copy()
        prefix = "wavelet-" if idx == 1 else "wavelet%d-" % idx
        for key, value in dec.items():
            if key != "a" * len(axes):
                out[prefix + key.replace("a", "L").replace("d", "H")] = value[crop]
    out[("wavelet-" if level == 1 else "wavelet%d-" % level) + "L" * len(axes)] = data[crop]
    return out


image, spacing_xyz = read_nrrd(sys.argv[1])
im = image[CROP].astype("float64") + SHIFT
columns = {"input": im, "square": square(im), "squareroot": squareroot(im), "logarithm": logarithm(im),
           "exponential": exponential(im), "gradient": gradient(im, spacing_xyz[::-1])}
columns.update({"coif1 " + k: v for k, v in wavelet(im, "coif1", 1, (2, 1, 0)).items()})
columns.update({"db2 2D " + k: v for k, v in wavelet(im, "db2", 2, (2, 1)).items()})

with open("filters_brain1_crop.csv", "w") as f:
    f.write("# numpy %s, scipy %s, PyWavelets %s\n" % (numpy.__version__, scipy.__version__, pywt.__version__))
    f.write("# brain1_image.nrrd voxels x 180-190, y 100-108, z 12-16, plus %g\n" % SHIFT)
    f.write("# size %d %d %d\n" % im.shape[::-1])
    f.write("# spacing %r %r %r\n" % tuple(spacing_xyz))
    names = list(columns)
    f.write(",".join(names) + "\n")
    flat = [columns[n].ravel() for n in names]
    for row in zip(*flat):
        f.write(",".join(repr(float(v)) for v in row) + "\n")
