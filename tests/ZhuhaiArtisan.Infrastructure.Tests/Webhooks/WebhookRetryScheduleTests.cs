using ZhuhaiArtisan.Infrastructure.Webhooks;

namespace ZhuhaiArtisan.Infrastructure.Tests.Webhooks;

public sealed class WebhookRetryScheduleTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 0, 0, 0, TimeSpan.Zero);
    private static readonly WebhookOptions Defaults = new();

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(4, 8)]
    [InlineData(9, 256)]
    public void NextAttempt_DoublesTheWaitWithin20PercentJitter(int attemptsMade, int minutes)
    {
        for (var i = 0; i < 50; i++)
        {
            var wait = WebhookRetrySchedule.NextAttempt(attemptsMade, Now, Defaults)!.Value - Now;
            Assert.InRange(wait.TotalMinutes, minutes * 0.8, minutes * 1.2);
        }
    }

    [Fact]
    public void NextAttempt_IsCappedByTheMaximumDelay()
    {
        var options = new WebhookOptions { MaxAttempts = 30 };

        var wait = WebhookRetrySchedule.NextAttempt(20, Now, options)!.Value - Now;

        Assert.InRange(wait, options.RetryMaxDelay * 0.8, options.RetryMaxDelay * 1.2);
    }

    [Fact]
    public void NextAttempt_AfterTheLastAttempt_IsNone() =>
        Assert.Null(WebhookRetrySchedule.NextAttempt(Defaults.MaxAttempts, Now, Defaults));
}
