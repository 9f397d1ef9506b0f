// L-BFGS with a backtracking (Armijo) line search, shared by the offline trainers (train_claims,
// train_quote_bounds). Deterministic: no randomness, fixed iteration order. Not part of the core.
#pragma once

#include <cstddef>
#include <utility>
#include <vector>

namespace factlight::train {

inline double dot(const std::vector<double>& a, const std::vector<double>& b) {
  double s = 0;
  for (std::size_t i = 0; i < a.size(); ++i) s += a[i] * b[i];
  return s;
}

struct Fit {
  std::vector<double> w;
  double loss = 0;
  int iterations = 0;
  bool converged = false;  // stop() said so before max_iterations
};

// Minimises loss(w, grad) -> value from w = 0 over `dim` weights. After each step,
// stop(previous value, new value, new gradient) ends the search when it returns true.
template <typename Loss, typename Stop>
Fit lbfgs(std::size_t dim, int max_iterations, Loss loss, Stop stop) {
  const std::size_t m = 10;
  std::vector<double> w(dim, 0.0), g, g_new, dir(dim), w_new(dim);
  std::vector<std::vector<double>> s_hist, y_hist;
  std::vector<double> rho;
  double f = loss(w, g);
  for (int iter = 0; iter < max_iterations; ++iter) {
    // Two-loop recursion: dir = -H g
    dir = g;
    std::vector<double> alpha(s_hist.size());
    for (std::size_t k = s_hist.size(); k-- > 0;) {
      alpha[k] = rho[k] * dot(s_hist[k], dir);
      for (std::size_t i = 0; i < dim; ++i) dir[i] -= alpha[k] * y_hist[k][i];
    }
    if (!s_hist.empty()) {
      const double gamma = dot(s_hist.back(), y_hist.back()) / dot(y_hist.back(), y_hist.back());
      for (double& x : dir) x *= gamma;
    }
    for (std::size_t k = 0; k < s_hist.size(); ++k) {
      const double beta = rho[k] * dot(y_hist[k], dir);
      for (std::size_t i = 0; i < dim; ++i) dir[i] += (alpha[k] - beta) * s_hist[k][i];
    }
    for (double& x : dir) x = -x;
    double slope = dot(g, dir);
    if (slope >= 0) {  // not a descent direction: restart from the gradient
      for (std::size_t i = 0; i < dim; ++i) dir[i] = -g[i];
      slope = dot(g, dir);
      s_hist.clear();
      y_hist.clear();
      rho.clear();
    }
    double step = 1.0, f_new = 0.0;
    for (int ls = 0; ls < 40; ++ls) {
      for (std::size_t i = 0; i < dim; ++i) w_new[i] = w[i] + step * dir[i];
      f_new = loss(w_new, g_new);
      if (f_new <= f + 1e-4 * step * slope) break;
      step *= 0.5;
    }
    std::vector<double> s(dim), y(dim);
    for (std::size_t i = 0; i < dim; ++i) {
      s[i] = w_new[i] - w[i];
      y[i] = g_new[i] - g[i];
    }
    const double sy = dot(s, y);
    const double f_old = f;
    w = w_new;
    f = f_new;
    g = g_new;
    if (sy > 1e-12) {
      s_hist.push_back(std::move(s));
      y_hist.push_back(std::move(y));
      rho.push_back(1.0 / sy);
      if (s_hist.size() > m) {
        s_hist.erase(s_hist.begin());
        y_hist.erase(y_hist.begin());
        rho.erase(rho.begin());
      }
    }
    if (stop(f_old, f, g)) return {std::move(w), f, iter + 1, true};
  }
  return {std::move(w), f, max_iterations, false};
}

}  // namespace factlight::train
