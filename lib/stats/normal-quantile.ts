// The 97.5th percentile of the standard normal distribution, to double
// precision. Statistical software (R's qnorm(0.975), SciPy's ndtri(0.975))
// uses this exact value rather than the rounded 1.96, so using it too lets our
// intervals be checked against their published outputs digit for digit.
export const Z_95 = 1.959963984540054;
