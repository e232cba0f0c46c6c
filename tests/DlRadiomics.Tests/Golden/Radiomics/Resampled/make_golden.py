"""Golden values of PyRadiomics 3.1 for normalize + normalizeScale 100 + binCount 32 + 1 mm B-spline resampling.

Fixtures: crops (ROI box + 6 voxels in-plane, all slices) of synthetic T2 images and ROI masks written by
`dlr synth --out SYNTH --images --patients 40` (seed 2024): two sagittal disc and two axial nucleus cases, float32
NIfTI. Golden: every feature of every default class, computed by the PyRadiomics reference of
../shared/tools/pyradiomics-reference (built with its build.sh into REFERENCE_BUILD), written to golden.csv
(case, feature, value); tool versions to versions.txt.
Usage: /usr/bin/python3 make_golden.py REFERENCE_BUILD SYNTH"""
import csv, os, sys
build, synth = sys.argv[1], sys.argv[2]
sys.path[:0] = [os.path.join(build, 'sitk_stub'), os.path.join(build, 'pyradiomics-src')]
import nibabel as nib, numpy as np, radiomics, scipy
from radiomics import featureextractor

here = os.path.dirname(os.path.abspath(__file__))
cases = [('disc_P0001', 'P0001', 'sagittal_T2W_TSE', 'sagittal_disc'), ('disc_P0003', 'P0003', 'sagittal_T2W_TSE', 'sagittal_disc'),
         ('nucleus_P0002', 'P0002', 'axial_T2W_TSE', 'axial_nucleus'), ('nucleus_P0003', 'P0003', 'axial_T2W_TSE', 'axial_nucleus')]
params = os.path.join(here, 'params.yaml')
extractor = featureextractor.RadiomicsFeatureExtractor(params)
rows = []
for name, patient, image, roi in cases:
    folder = os.path.join(synth, 'surgical-risk', 'images', patient)
    img = nib.load(os.path.join(folder, image + '.nii.gz'))
    msk = nib.load(os.path.join(folder, roi + '_rater1_repeat1.nii.gz'))
    inside = np.nonzero(np.asarray(msk.dataobj) == 1)
    lo = [max(0, int(a.min()) - 6) for a in inside[:2]]
    hi = [min(s, int(a.max()) + 7) for a, s in zip(inside[:2], img.shape[:2])]
    for source, suffix in ((img, 'image'), (msk, 'mask')):
        crop = source.slicer[lo[0]:hi[0], lo[1]:hi[1], :]
        nib.save(crop, os.path.join(here, f'{name}_{suffix}.nii.gz'))
    result = extractor.execute(os.path.join(here, f'{name}_image.nii.gz'), os.path.join(here, f'{name}_mask.nii.gz'))
    rows += [(name, k, repr(float(v))) for k, v in result.items() if k.startswith('original_')]
with open(os.path.join(here, 'golden.csv'), 'w', newline='') as f:
    w = csv.writer(f)
    w.writerow(['case', 'feature', 'value'])
    w.writerows(rows)
with open(os.path.join(here, 'versions.txt'), 'w') as f:
    f.write(f'PyRadiomics {radiomics.__version__} (../shared/tools/pyradiomics-reference, SimpleITK stand-in: scipy '
            f'{scipy.__version__} map_coordinates for B-spline), numpy {np.__version__}, nibabel {nib.__version__}\n')
