using FluentValidation;
using ZhuhaiArtisan.Application.Training.Common;

namespace ZhuhaiArtisan.Application.Training.RecordCompletion;

public sealed class RecordCompletionCommandValidator : AbstractValidator<RecordCompletionCommand>
{
    public RecordCompletionCommandValidator()
    {
        RuleFor(c => c.TalentId).NotNull().NotEqual(Guid.Empty);
        Include(new CompletionInputValidator());
    }
}
