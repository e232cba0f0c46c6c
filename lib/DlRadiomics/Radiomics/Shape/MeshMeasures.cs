namespace DlRadiomics.Radiomics.Shape;

/// <summary>
/// What PyRadiomics derives from the marching cubes mesh of a 3-D ROI: surface area (mm²), signed-tetrahedron volume
/// (mm³) and the largest vertex-to-vertex distances (mm) overall and within planes of constant slice (z), column (y)
/// and row (x) coordinate.
/// </summary>
internal readonly record struct MeshMeasures(
    double SurfaceArea, double Volume, double DiameterSlice, double DiameterColumn, double DiameterRow, double Diameter3D);
