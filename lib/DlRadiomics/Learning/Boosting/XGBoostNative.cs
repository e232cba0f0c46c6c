using System.Runtime.InteropServices;

namespace DlRadiomics.Learning;

/// <summary>
/// The entry points of libxgboost's C API (Debian's <c>libxgboost0</c>, xgboost 1.7) that the learner uses, bound as
/// unmanaged function pointers when first needed. Each call's status is checked and a failure reported with
/// <c>XGBGetLastError</c>.
/// </summary>
internal static unsafe class XGBoostNative
{
    private static readonly string[] Candidates = ["libxgboost.so.0", "libxgboost.so", "libxgboost.dylib", "xgboost.dll", "xgboost"];
    private static readonly Lazy<Api> Loaded = new(() => Load(Candidates));

    internal sealed class Api
    {
        public delegate* unmanaged[Cdecl]<float*, ulong, ulong, float, IntPtr*, int> CreateFromMat;
        public delegate* unmanaged[Cdecl]<IntPtr, byte*, float*, ulong, int> SetFloatInfo;
        public delegate* unmanaged[Cdecl]<IntPtr, int> FreeMatrix;
        public delegate* unmanaged[Cdecl]<IntPtr*, ulong, IntPtr*, int> CreateBooster;
        public delegate* unmanaged[Cdecl]<IntPtr, int> FreeBooster;
        public delegate* unmanaged[Cdecl]<IntPtr, byte*, byte*, int> SetParam;
        public delegate* unmanaged[Cdecl]<IntPtr, int, IntPtr, int> UpdateOneIteration;
        public delegate* unmanaged[Cdecl]<IntPtr, IntPtr, int, uint, int, ulong*, float**, int> Predict;
        public delegate* unmanaged[Cdecl]<IntPtr, byte*, ulong*, byte**, int> SaveToBuffer;
        public delegate* unmanaged[Cdecl]<IntPtr, byte*, ulong, int> LoadFromBuffer;
        public delegate* unmanaged[Cdecl]<byte*> LastError;
        public delegate* unmanaged[Cdecl]<int*, int*, int*, void> Version;
    }

    /// <summary>The bound API.</summary>
    /// <exception cref="NativeLibraryMissingException">libxgboost is not installed.</exception>
    public static Api Functions => Loaded.Value;

    /// <summary>libxgboost's version, e.g. 1.7.4.</summary>
    public static string Version
    {
        get
        {
            int major, minor, patch;
            Functions.Version(&major, &minor, &patch);
            return $"{major}.{minor}.{patch}";
        }
    }

    /// <summary>Throws with libxgboost's own message when <paramref name="status"/> is not 0.</summary>
    public static void Check(int status, string call)
    {
        if (status != 0)
            throw new LearnerInputException($"xgb: libxgboost {call} failed: {Marshal.PtrToStringUTF8((IntPtr)Functions.LastError())}");
    }

    /// <summary>Binds the API from the first of <paramref name="candidates"/> that loads.</summary>
    internal static Api Load(string[] candidates)
    {
        IntPtr handle = IntPtr.Zero;
        foreach (var name in candidates)
            if (NativeLibrary.TryLoad(name, typeof(XGBoostNative).Assembly, null, out handle)) break;
        if (handle == IntPtr.Zero)
            throw new NativeLibraryMissingException(
                $"xgb: the XGBoost library (libxgboost, tried {string.Join(", ", candidates)}) is not installed; install it with 'apt-get install libxgboost0' (Debian/Ubuntu) or put libxgboost on the library path");
        return new Api
        {
            CreateFromMat = (delegate* unmanaged[Cdecl]<float*, ulong, ulong, float, IntPtr*, int>)Export(handle, "XGDMatrixCreateFromMat"),
            SetFloatInfo = (delegate* unmanaged[Cdecl]<IntPtr, byte*, float*, ulong, int>)Export(handle, "XGDMatrixSetFloatInfo"),
            FreeMatrix = (delegate* unmanaged[Cdecl]<IntPtr, int>)Export(handle, "XGDMatrixFree"),
            CreateBooster = (delegate* unmanaged[Cdecl]<IntPtr*, ulong, IntPtr*, int>)Export(handle, "XGBoosterCreate"),
            FreeBooster = (delegate* unmanaged[Cdecl]<IntPtr, int>)Export(handle, "XGBoosterFree"),
            SetParam = (delegate* unmanaged[Cdecl]<IntPtr, byte*, byte*, int>)Export(handle, "XGBoosterSetParam"),
            UpdateOneIteration = (delegate* unmanaged[Cdecl]<IntPtr, int, IntPtr, int>)Export(handle, "XGBoosterUpdateOneIter"),
            Predict = (delegate* unmanaged[Cdecl]<IntPtr, IntPtr, int, uint, int, ulong*, float**, int>)Export(handle, "XGBoosterPredict"),
            SaveToBuffer = (delegate* unmanaged[Cdecl]<IntPtr, byte*, ulong*, byte**, int>)Export(handle, "XGBoosterSaveModelToBuffer"),
            LoadFromBuffer = (delegate* unmanaged[Cdecl]<IntPtr, byte*, ulong, int>)Export(handle, "XGBoosterLoadModelFromBuffer"),
            LastError = (delegate* unmanaged[Cdecl]<byte*>)Export(handle, "XGBGetLastError"),
            Version = (delegate* unmanaged[Cdecl]<int*, int*, int*, void>)Export(handle, "XGBoostVersion"),
        };
    }

    private static IntPtr Export(IntPtr handle, string name) =>
        NativeLibrary.TryGetExport(handle, name, out var address) ? address
        : throw new NativeLibraryMissingException($"xgb: the loaded libxgboost has no '{name}'; install xgboost 1.7 ('apt-get install libxgboost0')");
}
