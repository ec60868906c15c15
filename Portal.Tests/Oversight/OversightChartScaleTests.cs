using Portal.Tests.Infrastructure;
using Portal.Web.Oversight;

namespace Portal.Tests.Oversight;

/// <summary>The dashboard charts' value axis follows the data: about five round steps up to the largest value.</summary>
[UnitTest]
public sealed class OversightChartScaleTests
{
    [Theory]
    [InlineData(new double[] { 3, 1 }, 1, 3)]
    [InlineData(new double[] { 12, 7 }, 5, 15)]
    [InlineData(new double[] { 120, 40 }, 50, 150)]
    [InlineData(new double[] { 4_321 }, 1_000, 5_000)]
    [InlineData(new double[] { 0.4 }, 1, 1)]
    [InlineData(new double[] { 0, 0 }, 1, 5)]
    public void The_axis_runs_to_the_first_round_step_at_or_above_the_largest_value(double[] values, int step, double top)
    {
        var scale = OversightChartScale.For(values);

        Assert.Equal((step, top), (scale.Step, scale.Top));
    }

    [Fact]
    public void Twelve_months_are_turned_and_three_short_labels_are_not()
    {
        Assert.Equal(45, OversightChartScale.LabelRotation([.. Enumerable.Range(1, 12).Select(m => $"2024年{m}月")]));
        Assert.Equal(0, OversightChartScale.LabelRotation(["提出", "批准", "发放"]));
    }
}
