using System.Text;

namespace DlRadiomics.Learning;

/// <summary>Training and prediction through LightGBM's C API; every native handle is freed before returning.</summary>
internal static unsafe class LightGbmBooster
{
    /// <summary>Builds a dataset from <paramref name="x"/> (row-major float64) and <paramref name="y"/>, runs <paramref name="rounds"/> boosting iterations and returns LightGBM's text model.</summary>
    public static string Train(double[][] x, int features, IReadOnlyList<int> y, string parameters, int rounds)
    {
        var api = LightGbmNative.Functions;
        var data = RowMajor(x, features);
        var label = y.Select(v => (float)v).ToArray();
        var parameterBytes = Text(parameters);
        IntPtr dataset = IntPtr.Zero, booster = IntPtr.Zero;
        try
        {
            fixed (double* d = data)
            fixed (byte* p = parameterBytes)
                LightGbmNative.Check(api.DatasetCreateFromMat(d, LightGbmNative.Float64, x.Length, features, 1, p, IntPtr.Zero, &dataset), "LGBM_DatasetCreateFromMat");
            fixed (float* l = label)
            fixed (byte* field = Text("label"))
                LightGbmNative.Check(api.DatasetSetField(dataset, field, l, label.Length, LightGbmNative.Float32), "LGBM_DatasetSetField");
            fixed (byte* p = parameterBytes)
                LightGbmNative.Check(api.BoosterCreate(dataset, p, &booster), "LGBM_BoosterCreate");
            for (int round = 0; round < rounds; round++)
            {
                int finished;
                LightGbmNative.Check(api.BoosterUpdateOneIter(booster, &finished), "LGBM_BoosterUpdateOneIter");
                if (finished != 0) break;
            }
            long length;
            LightGbmNative.Check(api.BoosterSaveModelToString(booster, 0, -1, 0, 0, &length, null), "LGBM_BoosterSaveModelToString");
            var buffer = new byte[length];
            fixed (byte* b = buffer)
                LightGbmNative.Check(api.BoosterSaveModelToString(booster, 0, -1, 0, length, &length, b), "LGBM_BoosterSaveModelToString");
            return Encoding.UTF8.GetString(buffer, 0, (int)length - 1);
        }
        finally
        {
            if (booster != IntPtr.Zero) api.BoosterFree(booster);
            if (dataset != IntPtr.Zero) api.DatasetFree(dataset);
        }
    }

    /// <summary>P(y = 1) of every row from the text <paramref name="model"/>.</summary>
    public static double[] Predict(string model, double[][] x, int features, string parameters)
    {
        var api = LightGbmNative.Functions;
        IntPtr booster = IntPtr.Zero;
        try
        {
            int iterations;
            fixed (byte* m = Text(model))
                LightGbmNative.Check(api.BoosterLoadModelFromString(m, &iterations, &booster), "LGBM_BoosterLoadModelFromString");
            var data = RowMajor(x, features);
            var result = new double[x.Length];
            long length;
            fixed (double* d = data)
            fixed (double* r = result)
            fixed (byte* p = Text(parameters))
                LightGbmNative.Check(api.BoosterPredictForMat(booster, d, LightGbmNative.Float64, x.Length, features, 1, 0, 0, -1, p, &length, r), "LGBM_BoosterPredictForMat");
            return result;
        }
        finally
        {
            if (booster != IntPtr.Zero) api.BoosterFree(booster);
        }
    }

    private static double[] RowMajor(double[][] x, int features)
    {
        var data = new double[x.Length * features];
        for (int i = 0; i < x.Length; i++) x[i].CopyTo(data, i * features);
        return data;
    }

    private static byte[] Text(string value) => Encoding.UTF8.GetBytes(value + "\0");
}
