"""Helpers of run-radiomics-vs-pyradiomics.sh.
  manifests SYNTH_DIR SHARED OUT_DIR   writes brain1.csv (brain1 x40), disc.csv, canal.csv (40 cases each),
                                       resampled.csv (15 sagittal-disc + 15 axial-nucleus cases), disc400.csv (the
                                       40 disc cases 10 times, for the scaling of --jobs 2 once start-up is a small
                                       share) and one.csv (the first disc case, for the fixed cost of a process)
  compare DLR.csv PYRAD.csv [--explain-ties]
                                       compares every original_* value at 1e-6 relative; exit 1 on a difference.
                                       With --explain-ties a RobustMeanAbsoluteDeviation difference is reported apart
                                       when the reference's ROI values tie at its 10th or 90th percentile
                                       (see README, Benchmarks: the stand-in's B-spline folds mirrored coordinates).
  table TIMES.tsv                      per-case times and ratios from 'manifest<TAB>tool<TAB>setting<TAB>wall s<TAB>processor s' rows"""
import csv, os, sys


def manifests(synth, shared, out):
    rows = list(csv.DictReader(open(os.path.join(synth, 'surgical-risk', 'images.csv'))))
    root = os.path.join(synth, 'surgical-risk')

    def write(name, cases):
        with open(os.path.join(out, name), 'w') as f:
            f.write('ID,Image,Mask\n')
            for case_id, image, mask in cases:
                f.write(f'{case_id},{image},{mask}\n')

    def kind(k, n, prefix=''):
        sel = [r for r in rows if r['RoiKind'] == k and r['Rater'] == '1' and r['Repeat'] == '1'][:n]
        if len(sel) < n:
            sys.exit(f'only {len(sel)} {k} cases in {synth}; generate at least {n} patients')
        return [(prefix + r['PatientID'], os.path.join(root, r['ImagePath']), os.path.join(root, r['MaskPath'])) for r in sel]

    ref = os.path.join(shared, 'reference', 'pyradiomics')
    write('brain1.csv', [(f'brain1_{i:02d}', os.path.join(ref, 'brain1_image.nrrd'), os.path.join(ref, 'brain1_label.nrrd')) for i in range(40)])
    write('disc.csv', kind('disc', 40))
    write('canal.csv', kind('canal', 40))
    write('resampled.csv', kind('disc', 15, 'disc_') + kind('nucleus', 15, 'nucleus_'))
    write('disc400.csv', [(f'{i}_r{r}', image, mask) for r in range(10) for i, image, mask in kind('disc', 40)])
    write('one.csv', kind('disc', 1))


def robust_mad_ties(image, mask, params):
    """True when the reference's resampled ROI has two or more voxels at its 10th or 90th percentile, exactly or
    within 1e-9 relative: there the closed range [P10, P90] takes or leaves a voxel on a last-bit difference."""
    import numpy as np
    from radiomics import featureextractor, firstorder, imageoperations
    ext = featureextractor.RadiomicsFeatureExtractor(params)
    im, ma = ext.loadImage(image, mask, None, **ext.settings)
    bb, _ = imageoperations.checkMask(im, ma, **ext.settings)
    cim, cma = imageoperations.cropToTumorMask(im, ma, bb)
    fo = firstorder.RadiomicsFirstOrder(cim, cma, **ext.settings)
    fo._initCalculation()
    x = fo.targetVoxelArray[0]
    return any(np.sum(np.abs(x - p) <= 1e-9 * abs(p)) > 1 for p in (np.percentile(x, 10), np.percentile(x, 90)))


def compare(dlr_csv, pyrad_csv, explain_ties=False, params=None, manifest=None):
    ours = {r['ID']: r for r in csv.DictReader(open(dlr_csv))}
    theirs = {r['ID']: r for r in csv.DictReader(open(pyrad_csv))}
    paths = {r['ID']: (r['Image'], r['Mask']) for r in csv.DictReader(open(manifest))} if manifest else {}
    total = equal = 0
    explained, bad = [], []
    for case_id, ref in theirs.items():
        for key, value in ref.items():
            if not key.startswith('original_'):
                continue
            total += 1
            got = ours.get(case_id, {}).get(key)
            a, b = (float(got) if got not in (None, '') else float('nan')), float(value)
            if a == b or abs(a - b) <= 1e-6 * max(abs(b), 1e-300):
                equal += 1
            elif explain_ties and key.endswith('_RobustMeanAbsoluteDeviation') and robust_mad_ties(*paths[case_id], params):
                explained.append(f'{case_id} {key}: dlr {a!r} PyRadiomics {b!r} (ties at P10/P90)')
            else:
                bad.append(f'{case_id} {key}: dlr {a!r} PyRadiomics {b!r}')
    print(f'{os.path.basename(dlr_csv)}: {equal}/{total} original_* values equal at 1e-6 relative'
          + (f', {len(explained)} RobustMeanAbsoluteDeviation values differ where the ROI has ties at P10/P90' if explained else ''))
    for line in explained + bad:
        print('  ' + line)
    return 0 if not bad else 1


def table(times):
    """Per case: wall-clock seconds and processor seconds (user + system) of each whole process, and their ratios."""
    rows = [l.rstrip('\n').split('\t') for l in open(times) if l.strip()]
    t = {}
    for m, tool, s, wall, cpu in rows:  # repeated runs: the fastest
        old = t.get((m, tool, s), (float('inf'), float('inf')))
        t[m, tool, s] = (min(old[0], float(wall)), min(old[1], float(cpu)))
    print(f'{"manifest":<12}{"setting":<9}{"PyRadiomics s/case":>20}{"dlr s/case":>12}{"ratio":>8}'
          f'{"PyRadiomics CPU s/case":>24}{"dlr CPU s/case":>16}{"CPU ratio":>11}')
    for m in dict.fromkeys(r[0] for r in rows if r[0] not in ('one', 'halves')):
        n = sum(1 for _ in open(os.path.join(os.path.dirname(times), m + '.csv'))) - 1
        for setting in ('jobs1', 'pinned'):
            p, d = t.get((m, 'pyradiomics', setting)), t.get((m, 'dlr', setting))
            if p and d:
                print(f'{m:<12}{setting:<9}{p[0] / n:>20.4f}{d[0] / n:>12.4f}{p[0] / d[0]:>7.1f}x'
                      f'{p[1] / n:>24.4f}{d[1] / n:>16.4f}{p[1] / d[1]:>10.1f}x')
        j1, j2 = t.get((m, 'dlr', 'jobs1')), t.get((m, 'dlr', 'jobs2'))
        if j1 and j2:
            print(f'{m:<12}{"jobs2":<9}{"":>20}{j2[0] / n:>12.4f}{j1[0] / j2[0]:>7.2f}x of --jobs 1 (wall clock); '
                  f'processor time {j2[1] / j1[1]:.2f}x of --jobs 1')
    one, help_ = t.get(('one', 'dlr', 'jobs1')), t.get(('one', 'dlr', 'help'))
    if one and help_:
        print(f'dlr fixed cost per process (fastest of the repeats): `dlr extract --help` {help_[0]:.4f} s wall, '
              f'{help_[1]:.4f} s processor; a one-case batch {one[0]:.4f} s wall, {one[1]:.4f} s processor')
        # The serial part of a batch: the one-case process (a disc case) less a disc case's share of the disc batch.
        disc = t.get(('disc', 'dlr', 'jobs1'))
        serial = max(one[0] - disc[0] / 40, help_[0]) if disc else help_[0]
        print(f'  serial part of a batch about {serial:.4f} s (start-up, reading the manifest, writing the table)')
        for m in dict.fromkeys(r[0] for r in rows if r[0] not in ('one', 'halves')):
            j1, j2 = t.get((m, 'dlr', 'jobs1')), t.get((m, 'dlr', 'jobs2'))
            if not (j1 and j2):
                continue
            print(f'  {m}: {serial:.4f} s serial of {j1[0]:.4f} s, so --jobs 2 can reach at most '
                  f'{j1[0] / (serial + (j1[0] - serial) / 2):.2f}x on two free cores (Amdahl); measured {j1[0] / j2[0]:.2f}x')
    halves, whole = t.get(('halves', 'dlr', 'two-processes')), t.get(('brain1', 'dlr', 'jobs1'))
    if halves and whole:
        print(f'control: brain1 as two 20-case --jobs 1 processes at once took {halves[0]:.3f} s against {whole[0]:.3f} s '
              f'for one 40-case process ({whole[0] / halves[0]:.2f}x; 2x needs two free cores)')


if __name__ == '__main__':
    cmd = sys.argv[1]
    if cmd == 'manifests':
        manifests(*sys.argv[2:5])
    elif cmd == 'compare':
        args = sys.argv[2:]
        explain = '--explain-ties' in args
        if explain:
            i = args.index('--explain-ties')
            params, manifest = args[i + 1], args[i + 2]
            args = args[:i]
        else:
            params = manifest = None
        sys.exit(compare(args[0], args[1], explain, params, manifest))
    elif cmd == 'table':
        table(sys.argv[2])
    else:
        sys.exit(__doc__)
