using Discourse.Scoring.Evaluation;

namespace Discourse.Scoring.Tests.Evaluation;

public class ClassificationReportTests
{
    [Fact]
    public void Per_class_scores_and_macro_f1_come_from_the_confusion_matrix()
    {
        // gold 0 ×3 (predicted 0, 0, 1), gold 1 ×2 (predicted 1, 2), gold 2 ×1 (predicted 2)
        var report = new ClassificationReport(["a", "b", "c"], [(0, 0), (0, 0), (0, 1), (1, 1), (1, 2), (2, 2)]);

        Assert.Equal(2, report.Confusion[0, 0]);
        Assert.Equal(1, report.Confusion[1, 2]);
        Assert.Equal(1.0, report.Classes[0].Precision, 6);
        Assert.Equal(2.0 / 3, report.Classes[0].Recall, 6);
        Assert.Equal(0.5, report.Classes[1].F1, 6);
        Assert.Equal(2.0 / 3, report.Classes[2].F1, 6);
        Assert.Equal((0.8 + 0.5 + (2.0 / 3)) / 3, report.MacroF1, 6);
        Assert.Equal(4.0 / 6, report.Accuracy, 6);
    }

    [Fact]
    public void A_class_never_predicted_has_zero_f1_not_an_error()
    {
        var report = new ClassificationReport(["a", "b"], [(0, 0), (1, 0)]);

        Assert.Equal(0, report.Classes[1].F1);
        Assert.Equal(1, report.Classes[1].Support);
    }
}
