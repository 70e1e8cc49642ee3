using FluentValidation;
using ZhuhaiArtisan.Application.Common.Validation;

namespace ZhuhaiArtisan.Application.Training.Common;

public sealed class CompletionInputValidator : AbstractValidator<ICompletionInput>
{
    public CompletionInputValidator()
    {
        RuleFor(c => c.Result).NotNull().MustBeDefined();
        RuleFor(c => c.CompletedOn).NotNull();
        RuleFor(c => c.CertificateId).NotEqual(Guid.Empty);
    }
}
