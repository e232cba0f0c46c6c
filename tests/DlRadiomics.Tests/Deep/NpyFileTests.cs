using System.Diagnostics;
using DlRadiomics.Deep;

namespace DlRadiomics.Tests.Deep;

public class NpyFileTests
{
    [Fact]
    public void A_written_float32_array_is_read_by_numpy_with_its_shape_and_values()
    {
        Skip.IfNot(File.Exists("/usr/bin/python3"), "Debian's /usr/bin/python3 with numpy is not installed");
        string path = Path.GetTempFileName() + ".npy";
        try
        {
            float[] values = [1.5f, -2.25f, 0.125f, 4e7f, 0, 6];
            using (var stream = File.Create(path)) NpyFile.Write(stream, values, [1, 3, 1, 2]);
            using var numpy = Process.Start(new ProcessStartInfo("/usr/bin/python3",
                ["-c", "import numpy, sys; a = numpy.load(sys.argv[1]); print(a.dtype, a.shape, a.flags['C_CONTIGUOUS'], ' '.join(repr(float(v)) for v in a.ravel()))", path])
            { RedirectStandardOutput = true, RedirectStandardError = true })!;
            string output = numpy.StandardOutput.ReadToEnd().Trim();
            string error = numpy.StandardError.ReadToEnd();
            numpy.WaitForExit();
            Skip.If(error.Contains("No module named 'numpy'"), "numpy (Debian python3-numpy) is not installed");
            Assert.Equal("float32 (1, 3, 1, 2) True 1.5 -2.25 0.125 40000000.0 0.0 6.0", output);
            var (read, shape) = NpyFile.Read(path);
            Assert.Equal([1L, 3, 1, 2], shape);
            Assert.Equal(values.Select(v => (double)v), read);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void A_shape_that_does_not_hold_the_values_is_refused()
    {
        Assert.Throws<ArgumentException>(() => NpyFile.Write(Stream.Null, new float[5], [1, 3, 2]));
    }
}
