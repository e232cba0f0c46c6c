using System.Runtime.InteropServices;

namespace DlRadiomics.Learning;

/// <summary>
/// The entry points of LightGBM's C API (<c>lib_lightgbm</c>, shipped for linux-x64, osx-x64 and win-x64 in the
/// LightGBM 4.7.0 NuGet package this library references) that the learner uses, bound as unmanaged function pointers
/// when first needed. Each call's status is checked and a failure reported with <c>LGBM_GetLastError</c>.
/// </summary>
internal static unsafe class LightGbmNative
{
    /// <summary>C_API_DTYPE_FLOAT32 and C_API_DTYPE_FLOAT64 of c_api.h.</summary>
    public const int Float32 = 0, Float64 = 1;

    private static readonly string[] Candidates = ["lib_lightgbm", "lib_lightgbm.so", "lib_lightgbm.dylib", "lib_lightgbm.dll"];
    private static readonly Lazy<Api> Loaded = new(() => Load(Candidates));

    internal sealed class Api
    {
        public delegate* unmanaged[Cdecl]<void*, int, int, int, int, byte*, IntPtr, IntPtr*, int> DatasetCreateFromMat;
        public delegate* unmanaged[Cdecl]<IntPtr, byte*, void*, int, int, int> DatasetSetField;
        public delegate* unmanaged[Cdecl]<IntPtr, int> DatasetFree;
        public delegate* unmanaged[Cdecl]<IntPtr, byte*, IntPtr*, int> BoosterCreate;
        public delegate* unmanaged[Cdecl]<IntPtr, int*, int> BoosterUpdateOneIter;
        public delegate* unmanaged[Cdecl]<IntPtr, void*, int, int, int, int, int, int, int, byte*, long*, double*, int> BoosterPredictForMat;
        public delegate* unmanaged[Cdecl]<IntPtr, int, int, int, long, long*, byte*, int> BoosterSaveModelToString;
        public delegate* unmanaged[Cdecl]<byte*, int*, IntPtr*, int> BoosterLoadModelFromString;
        public delegate* unmanaged[Cdecl]<IntPtr, int> BoosterFree;
        public delegate* unmanaged[Cdecl]<byte*> LastError;
    }

    /// <summary>The bound API.</summary>
    /// <exception cref="NativeLibraryMissingException">lib_lightgbm could not be loaded.</exception>
    public static Api Functions => Loaded.Value;

    /// <summary>Throws with LightGBM's own message when <paramref name="status"/> is not 0.</summary>
    public static void Check(int status, string call)
    {
        if (status != 0)
            throw new LearnerInputException($"lgbm: LightGBM {call} failed: {Marshal.PtrToStringUTF8((IntPtr)Functions.LastError())}");
    }

    /// <summary>Binds the API from the first of <paramref name="candidates"/> that loads.</summary>
    internal static Api Load(string[] candidates)
    {
        IntPtr handle = IntPtr.Zero;
        foreach (var name in candidates)
            if (NativeLibrary.TryLoad(name, typeof(LightGbmNative).Assembly, null, out handle)) break;
        if (handle == IntPtr.Zero)
            throw new NativeLibraryMissingException(
                $"lgbm: the LightGBM library (tried {string.Join(", ", candidates)}) could not be loaded; it comes with the LightGBM 4.7.0 NuGet package (runtimes/<rid>/native) for linux-x64, osx-x64 and win-x64 and needs the OpenMP runtime (Debian: 'apt-get install libgomp1')");
        return new Api
        {
            DatasetCreateFromMat = (delegate* unmanaged[Cdecl]<void*, int, int, int, int, byte*, IntPtr, IntPtr*, int>)Export(handle, "LGBM_DatasetCreateFromMat"),
            DatasetSetField = (delegate* unmanaged[Cdecl]<IntPtr, byte*, void*, int, int, int>)Export(handle, "LGBM_DatasetSetField"),
            DatasetFree = (delegate* unmanaged[Cdecl]<IntPtr, int>)Export(handle, "LGBM_DatasetFree"),
            BoosterCreate = (delegate* unmanaged[Cdecl]<IntPtr, byte*, IntPtr*, int>)Export(handle, "LGBM_BoosterCreate"),
            BoosterUpdateOneIter = (delegate* unmanaged[Cdecl]<IntPtr, int*, int>)Export(handle, "LGBM_BoosterUpdateOneIter"),
            BoosterPredictForMat = (delegate* unmanaged[Cdecl]<IntPtr, void*, int, int, int, int, int, int, int, byte*, long*, double*, int>)Export(handle, "LGBM_BoosterPredictForMat"),
            BoosterSaveModelToString = (delegate* unmanaged[Cdecl]<IntPtr, int, int, int, long, long*, byte*, int>)Export(handle, "LGBM_BoosterSaveModelToString"),
            BoosterLoadModelFromString = (delegate* unmanaged[Cdecl]<byte*, int*, IntPtr*, int>)Export(handle, "LGBM_BoosterLoadModelFromString"),
            BoosterFree = (delegate* unmanaged[Cdecl]<IntPtr, int>)Export(handle, "LGBM_BoosterFree"),
            LastError = (delegate* unmanaged[Cdecl]<byte*>)Export(handle, "LGBM_GetLastError"),
        };
    }

    private static IntPtr Export(IntPtr handle, string name) =>
        NativeLibrary.TryGetExport(handle, name, out var address) ? address
        : throw new NativeLibraryMissingException($"lgbm: the loaded lib_lightgbm has no '{name}'; use the LightGBM 4.x NuGet package");
}
