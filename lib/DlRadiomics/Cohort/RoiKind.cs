namespace DlRadiomics.Cohort;

/// <summary>Regions of interest of the two studies (the <c>RoiKind</c> column of the images manifest).</summary>
public enum RoiKind
{
    /// <summary>Sagittal: the responsible intervertebral disc, herniated part included.</summary>
    Disc,
    /// <summary>Axial: the spinal canal including the herniated disc and the dural sac.</summary>
    Canal,
    /// <summary>Axial: herniated disc / nucleus pulposus tissue inside the canal.</summary>
    Nucleus,
    /// <summary>Axial: the dural sac (CSF and cauda equina), as displaced by the herniation.</summary>
    Dura,
    /// <summary>Axial: multifidus, both sides.</summary>
    Multifidus,
    /// <summary>Axial: erector spinae, both sides.</summary>
    ErectorSpinae,
    /// <summary>Axial: psoas major, both sides.</summary>
    Psoas,
}

/// <summary>Manifest spelling of <see cref="RoiKind"/> (<c>erector_spinae</c>) and the plane each is drawn on.</summary>
public static class RoiKinds
{
    public static string Name(this RoiKind kind) => kind switch
    {
        RoiKind.ErectorSpinae => "erector_spinae",
        _ => kind.ToString().ToLowerInvariant(),
    };

    public static RoiKind Parse(string name) =>
        Enum.GetValues<RoiKind>().FirstOrDefault(k => k.Name() == name, (RoiKind)(-1)) is var k && Enum.IsDefined(k)
            ? k : throw new ArgumentException($"unknown ROI kind '{name}' (expected {string.Join(", ", Enum.GetValues<RoiKind>().Select(Name))})", nameof(name));

    public static ImagePlane Plane(this RoiKind kind) => kind == RoiKind.Disc ? ImagePlane.Sagittal : ImagePlane.Axial;
}

/// <summary>Acquisition plane of a synthetic image.</summary>
public enum ImagePlane { Sagittal, Axial }
