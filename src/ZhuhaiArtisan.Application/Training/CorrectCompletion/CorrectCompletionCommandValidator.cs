using FluentValidation;
using ZhuhaiArtisan.Application.Training.Common;

namespace ZhuhaiArtisan.Application.Training.CorrectCompletion;

public sealed class CorrectCompletionCommandValidator : AbstractValidator<CorrectCompletionCommand>
{
    public CorrectCompletionCommandValidator() => Include(new CompletionInputValidator());
}
