using FluentValidation;

namespace ZhuhaiArtisan.Application.Training.Common;

public sealed class CompletionInputValidator : AbstractValidator<ICompletionInput>
{
    public CompletionInputValidator()
    {
        RuleFor(c => c.Result).NotNull().IsInEnum();
        RuleFor(c => c.CompletedOn).NotNull();
        RuleFor(c => c.CertificateId).NotEqual(Guid.Empty);
    }
}
