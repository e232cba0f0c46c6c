using DlRadiomics.Imaging.Dicom;

namespace DlRadiomics.Tests.Imaging;

public class PixelEncodingTests
{
    [Fact]
    public void Twelve_stored_bits_are_masked_and_sign_extended()
    {
        // 12-bit signed values -5, 2047, -2048, 0 with junk in the 4 unused high bits (overlay planes in old files)
        ushort[] words = [0xAFFB, 0x57FF, 0xF800, 0x3000];
        var bytes = words.SelectMany(w => new[] { (byte)(w & 0xFF), (byte)(w >> 8) }).ToArray();
        var encoding = new PixelEncoding(16, 12, 11, Signed: true, BigEndian: false, Slope: 2, Intercept: 1);
        var values = new double[4];
        encoding.Decode(bytes, values);
        Assert.Equal([-9, 4095, -4095, 1], values);
    }

    [Fact]
    public void A_high_bit_above_the_stored_bits_shifts_the_field_down()
    {
        // 8 stored bits in bits 4..11 (HighBit 11), unsigned, big endian
        byte[] bytes = [0x0A, 0xB0];
        var encoding = new PixelEncoding(16, 8, 11, Signed: false, BigEndian: true, Slope: 1, Intercept: 0);
        var values = new double[1];
        encoding.Decode(bytes, values);
        Assert.Equal(0xAB, values[0]);
    }
}
