using System.Runtime.InteropServices;
using System.Text;

namespace DlRadiomics.Learning;

/// <summary>
/// A libxgboost booster handle: parameters, boosting rounds, prediction and the JSON model. Freed on dispose or, for a
/// model nobody disposed, by the finalizer (a <see cref="SafeHandle"/>). Not thread-safe: callers serialise calls.
/// </summary>
internal sealed unsafe class XGBoostBooster : SafeHandle
{
    /// <summary>A booster bound to <paramref name="training"/> (null for a booster that will only load a model and predict).</summary>
    public XGBoostBooster(XGBoostMatrix? training) : base(IntPtr.Zero, ownsHandle: true)
    {
        var api = XGBoostNative.Functions;
        IntPtr created, matrix = training?.Handle ?? IntPtr.Zero;
        XGBoostNative.Check(api.CreateBooster(training is null ? null : &matrix, training is null ? 0UL : 1UL, &created), "XGBoosterCreate");
        SetHandle(created);
    }

    public override bool IsInvalid => handle == IntPtr.Zero;

    public void SetParameter(string name, string value)
    {
        var n = Encoding.UTF8.GetBytes(name + "\0");
        var v = Encoding.UTF8.GetBytes(value + "\0");
        fixed (byte* pn = n)
        fixed (byte* pv = v)
            XGBoostNative.Check(XGBoostNative.Functions.SetParam(handle, pn, pv), $"XGBoosterSetParam({name}={value})");
    }

    public void UpdateOneIteration(int iteration, XGBoostMatrix training) =>
        XGBoostNative.Check(XGBoostNative.Functions.UpdateOneIteration(handle, iteration, training.Handle), "XGBoosterUpdateOneIter");

    /// <summary>The transformed prediction (for binary:logistic, P(y = 1)) of every row of <paramref name="matrix"/>.</summary>
    public double[] Predict(XGBoostMatrix matrix)
    {
        ulong length;
        float* result;
        XGBoostNative.Check(XGBoostNative.Functions.Predict(handle, matrix.Handle, 0, 0, 0, &length, &result), "XGBoosterPredict");
        var output = new double[length];
        for (ulong i = 0; i < length; i++) output[i] = result[i];
        return output;
    }

    /// <summary>The model in xgboost's JSON format (XGBoosterSaveModelToBuffer with format json).</summary>
    public byte[] SaveJson()
    {
        var config = Encoding.UTF8.GetBytes("{\"format\": \"json\"}\0");
        ulong length;
        byte* data;
        fixed (byte* c = config)
            XGBoostNative.Check(XGBoostNative.Functions.SaveToBuffer(handle, c, &length, &data), "XGBoosterSaveModelToBuffer");
        return new ReadOnlySpan<byte>(data, checked((int)length)).ToArray();
    }

    public void LoadJson(byte[] model)
    {
        fixed (byte* m = model)
            XGBoostNative.Check(XGBoostNative.Functions.LoadFromBuffer(handle, m, (ulong)model.Length), "XGBoosterLoadModelFromBuffer");
    }

    protected override bool ReleaseHandle() => XGBoostNative.Functions.FreeBooster(handle) == 0;
}
