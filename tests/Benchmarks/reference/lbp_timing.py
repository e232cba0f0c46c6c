"""Times scikit-image's local_binary_pattern the way PyRadiomics' getLBP2DImage applies it (P=8, R=1, 'uniform',
slice by slice along axis 0 of the z, y, x array, written back into the int16 array) on brain1_image.nrrd.

Run with the Debian interpreter: /usr/bin/python3 reference/lbp_timing.py PATH/brain1_image.nrrd
Prints tab-separated lines: versions, then Lbp2DUniform <median ms of 7 runs>.
"""
import gzip
import platform
import sys
import time

import numpy as np
import skimage
from skimage.feature import local_binary_pattern


def read_nrrd(path):
    raw = open(path, "rb").read()
    head, body = raw.split(b"\n\n", 1)
    fields = dict(line.split(": ", 1) for line in head.decode().splitlines()[1:] if ": " in line)
    assert fields["type"] == "short" and fields["endian"] == "little" and fields["encoding"] == "gzip", fields
    sizes = [int(s) for s in fields["sizes"].split()]
    return np.frombuffer(gzip.decompress(body), dtype="<i2").reshape(sizes[::-1]).copy()


image = read_nrrd(sys.argv[1])
times = []
for _ in range(7):
    arr = image.copy()
    t0 = time.perf_counter()
    for idx in range(arr.shape[0]):
        arr[idx, ...] = local_binary_pattern(arr[idx, ...], P=8, R=1, method="uniform")
    times.append((time.perf_counter() - t0) * 1000)
print(f"versions\tpython {platform.python_version()}, numpy {np.__version__}, scikit-image {skimage.__version__}")
print(f"Lbp2DUniform\t{np.median(times):.3f}")
