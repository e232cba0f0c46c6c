using System.Text;

namespace DlRadiomics.Learning;

/// <summary>A libxgboost booster handle, freed on dispose: parameters, boosting rounds, prediction and the JSON model.</summary>
internal sealed unsafe class XGBoostBooster : IDisposable
{
    private IntPtr _handle;

    /// <summary>A booster bound to <paramref name="training"/> (null for a booster that will only load a model and predict).</summary>
    public XGBoostBooster(XGBoostMatrix? training)
    {
        var api = XGBoostNative.Functions;
        IntPtr handle, matrix = training?.Handle ?? IntPtr.Zero;
        XGBoostNative.Check(api.CreateBooster(training is null ? null : &matrix, training is null ? 0UL : 1UL, &handle), "XGBoosterCreate");
        _handle = handle;
    }

    public void SetParameter(string name, string value)
    {
        var n = Encoding.UTF8.GetBytes(name + "\0");
        var v = Encoding.UTF8.GetBytes(value + "\0");
        fixed (byte* pn = n)
        fixed (byte* pv = v)
            XGBoostNative.Check(XGBoostNative.Functions.SetParam(_handle, pn, pv), $"XGBoosterSetParam({name}={value})");
    }

    public void UpdateOneIteration(int iteration, XGBoostMatrix training) =>
        XGBoostNative.Check(XGBoostNative.Functions.UpdateOneIteration(_handle, iteration, training.Handle), "XGBoosterUpdateOneIter");

    /// <summary>The transformed prediction (for binary:logistic, P(y = 1)) of every row of <paramref name="matrix"/>.</summary>
    public double[] Predict(XGBoostMatrix matrix)
    {
        ulong length;
        float* result;
        XGBoostNative.Check(XGBoostNative.Functions.Predict(_handle, matrix.Handle, 0, 0, 0, &length, &result), "XGBoosterPredict");
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
            XGBoostNative.Check(XGBoostNative.Functions.SaveToBuffer(_handle, c, &length, &data), "XGBoosterSaveModelToBuffer");
        return new ReadOnlySpan<byte>(data, checked((int)length)).ToArray();
    }

    public void LoadJson(byte[] model)
    {
        fixed (byte* m = model)
            XGBoostNative.Check(XGBoostNative.Functions.LoadFromBuffer(_handle, m, (ulong)model.Length), "XGBoosterLoadModelFromBuffer");
    }

    public void Dispose()
    {
        if (_handle == IntPtr.Zero) return;
        XGBoostNative.Functions.FreeBooster(_handle);
        _handle = IntPtr.Zero;
    }
}
