using System.Text;

namespace DlRadiomics.Learning;

/// <summary>A libxgboost DMatrix of dense rows (converted to float32, as the Python package does), freed on dispose.</summary>
internal sealed unsafe class XGBoostMatrix : IDisposable
{
    public IntPtr Handle { get; private set; }

    public XGBoostMatrix(double[][] rows, int features, IReadOnlyList<int>? labels = null)
    {
        var api = XGBoostNative.Functions;
        var data = new float[rows.Length * features];
        for (int i = 0; i < rows.Length; i++)
            for (int j = 0; j < features; j++) data[i * features + j] = (float)rows[i][j];
        IntPtr handle;
        fixed (float* p = data)
            XGBoostNative.Check(api.CreateFromMat(p, (ulong)rows.Length, (ulong)features, float.NaN, &handle), "XGDMatrixCreateFromMat");
        Handle = handle;
        if (labels is null) return;
        var label = labels.Select(v => (float)v).ToArray();
        var field = Encoding.UTF8.GetBytes("label\0");
        fixed (float* l = label)
        fixed (byte* f = field)
            XGBoostNative.Check(api.SetFloatInfo(Handle, f, l, (ulong)label.Length), "XGDMatrixSetFloatInfo");
    }

    public void Dispose()
    {
        if (Handle == IntPtr.Zero) return;
        XGBoostNative.Functions.FreeMatrix(Handle);
        Handle = IntPtr.Zero;
    }
}
