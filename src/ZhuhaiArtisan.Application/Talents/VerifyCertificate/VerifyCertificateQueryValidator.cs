using FluentValidation;
using ZhuhaiArtisan.Domain.Talents;
using ZhuhaiArtisan.Domain.Talents.SkillCertificates;

namespace ZhuhaiArtisan.Application.Talents.VerifyCertificate;

public sealed class VerifyCertificateQueryValidator : AbstractValidator<VerifyCertificateQuery>
{
    public VerifyCertificateQueryValidator()
    {
        RuleFor(q => q.CertificateNumber).NotEmpty().MaximumLength(SkillCertificate.CertificateNumberMaxLength);
        RuleFor(q => q.Name).NotEmpty().MaximumLength(PersonName.MaxLength);
    }
}
