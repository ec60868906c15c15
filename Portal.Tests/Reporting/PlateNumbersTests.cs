using Portal.Tips.Reporting;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Reporting;

[UnitTest]
public sealed class PlateNumbersTests
{
    [Theory]
    [InlineData("甘A·12345", "甘A12345")]
    [InlineData("甘a 12345", "甘A12345")]
    [InlineData("甘Ａ－１２３４５", "甘A12345")]
    [InlineData("京AD12345", "京AD12345")]
    [InlineData("甘A12?45", "甘A12?45")]
    [InlineData("甘A12？4*", "甘A12?4?")]
    [InlineData("?A12345", "?A12345")]
    [InlineData("只记得 45", null)]
    [InlineData("45", "45")]
    [InlineData("甘A1234挂", "甘A1234挂")]
    [InlineData("使123456", "使123456")]
    [InlineData("WJ甘12345", null)]
    [InlineData("兰A12345", null)]
    [InlineData("挂A12345", null)]
    [InlineData("甘", "甘")]
    [InlineData("???", null)]
    [InlineData("· - ·", null)]
    [InlineData("甘A123456789", null)]
    [InlineData("<b>A1</b>", null)]
    public void Plates_as_witnesses_read_them_are_normalised_and_anything_else_is_refused(string typed, string? expected)
    {
        Assert.Equal(expected, PlateNumbers.Normalize(typed));
    }

    [Fact]
    public void Every_mainland_province_abbreviation_is_known_once()
    {
        Assert.Equal(31, PlateNumbers.Provinces.Length);
        Assert.Equal(31, PlateNumbers.Provinces.Distinct().Count());
        Assert.Contains('甘', PlateNumbers.Provinces);
    }
}
