"""Writes ibsi_phantom_mask.txt: the IBSI-1 digital phantom's mask as read by nibabel, for the shape tests
(which cannot depend on a NIfTI reader). Line 1: size x y z; line 2: spacing; line 3: nibabel version;
line 4: the voxels (0/1), x fastest.

    /usr/bin/python3 generate_ibsi_phantom_mask.py ../../../../../../shared/reference/ibsi/digital_phantom/mask.nii.gz
"""
import sys

import nibabel
import numpy

image = nibabel.load(sys.argv[1])
mask = numpy.asarray(image.dataobj)
with open("ibsi_phantom_mask.txt", "w") as f:
    f.write(" ".join(str(n) for n in mask.shape) + "\n")
    f.write(" ".join(repr(float(s)) for s in image.header.get_zooms()) + "\n")
    f.write("nibabel %s\n" % nibabel.__version__)
    f.write(" ".join(str(int(v)) for v in mask.ravel(order="F")) + "\n")
