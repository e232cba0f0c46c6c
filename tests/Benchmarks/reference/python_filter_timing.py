"""Times the Python libraries PyRadiomics' filters call, the way it calls them, on brain1_image.nrrd:
scikit-image's local_binary_pattern (getLBP2DImage: P=8, R=1, 'uniform', slice by slice along axis 0 of the z, y, x
array, written back into the int16 array) and PyWavelets' swtn (getWaveletImage/_swt3: coif1, level 1, odd axes padded
by numpy resize, the 7 detail images and the approximation resized back).

Run with the Debian interpreter: /usr/bin/python3 reference/python_filter_timing.py PATH/brain1_image.nrrd
Prints tab-separated lines: versions, then <benchmark> <median ms of 7 runs> (Lbp2DUniform, WaveletCoif1); a library
that is not installed is reported as "missing".
"""
import gzip
import platform
import sys
import time

import numpy as np


def read_nrrd(path):
    raw = open(path, "rb").read()
    head, body = raw.split(b"\n\n", 1)
    fields = dict(line.split(": ", 1) for line in head.decode().splitlines()[1:] if ": " in line)
    assert fields["type"] == "short" and fields["endian"] == "little" and fields["encoding"] == "gzip", fields
    sizes = [int(s) for s in fields["sizes"].split()]
    return np.frombuffer(gzip.decompress(body), dtype="<i2").reshape(sizes[::-1]).copy()


def median_ms(work, image):
    times = []
    for _ in range(7):
        arr = image.copy()
        t0 = time.perf_counter()
        work(arr)
        times.append((time.perf_counter() - t0) * 1000)
    return np.median(times)


image = read_nrrd(sys.argv[1])
versions = [f"python {platform.python_version()}", f"numpy {np.__version__}"]
results = []
try:
    import skimage
    from skimage.feature import local_binary_pattern

    def lbp(arr):
        for idx in range(arr.shape[0]):
            arr[idx, ...] = local_binary_pattern(arr[idx, ...], P=8, R=1, method="uniform")

    versions.append(f"scikit-image {skimage.__version__}")
    results.append(("Lbp2DUniform", median_ms(lbp, image)))
except ImportError:
    print("missing\tscikit-image (apt-get install python3-skimage)")
try:
    import pywt

    def swt3(matrix, wavelet="coif1", axes=(2, 1, 0)):
        original_shape = matrix.shape
        data = matrix.copy()
        data.resize(tuple(d + 1 if d % 2 else d for d in original_shape), refcheck=False)
        dec = pywt.swtn(data, pywt.Wavelet(wavelet), level=1, start_level=0, axes=axes)[0]
        images = {name: np.resize(d.copy(), original_shape) for name, d in dec.items() if name != "aaa"}
        images["LLL"] = np.resize(dec["aaa"].copy(), original_shape)
        return images

    versions.append(f"PyWavelets {pywt.__version__}")
    results.append(("WaveletCoif1", median_ms(swt3, image)))
except ImportError:
    print("missing\tPyWavelets (apt-get install python3-pywt)")
print("versions\t" + ", ".join(versions))
for name, ms in results:
    print(f"{name}\t{ms:.3f}")
