// Long functions: 300 open/close pairs each, to check that the path search
// stays fast and still names the right leak. Written by a script; edit the
// pattern, not single lines.

package badinput

import "os"

// 300 open/close pairs, each with its own error check.
func okLongFunction(name string) error {
	f0, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f0.Close(); err != nil {
		return err
	}
	f1, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f1.Close(); err != nil {
		return err
	}
	f2, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f2.Close(); err != nil {
		return err
	}
	f3, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f3.Close(); err != nil {
		return err
	}
	f4, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f4.Close(); err != nil {
		return err
	}
	f5, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f5.Close(); err != nil {
		return err
	}
	f6, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f6.Close(); err != nil {
		return err
	}
	f7, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f7.Close(); err != nil {
		return err
	}
	f8, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f8.Close(); err != nil {
		return err
	}
	f9, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f9.Close(); err != nil {
		return err
	}
	f10, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f10.Close(); err != nil {
		return err
	}
	f11, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f11.Close(); err != nil {
		return err
	}
	f12, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f12.Close(); err != nil {
		return err
	}
	f13, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f13.Close(); err != nil {
		return err
	}
	f14, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f14.Close(); err != nil {
		return err
	}
	f15, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f15.Close(); err != nil {
		return err
	}
	f16, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f16.Close(); err != nil {
		return err
	}
	f17, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f17.Close(); err != nil {
		return err
	}
	f18, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f18.Close(); err != nil {
		return err
	}
	f19, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f19.Close(); err != nil {
		return err
	}
	f20, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f20.Close(); err != nil {
		return err
	}
	f21, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f21.Close(); err != nil {
		return err
	}
	f22, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f22.Close(); err != nil {
		return err
	}
	f23, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f23.Close(); err != nil {
		return err
	}
	f24, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f24.Close(); err != nil {
		return err
	}
	f25, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f25.Close(); err != nil {
		return err
	}
	f26, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f26.Close(); err != nil {
		return err
	}
	f27, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f27.Close(); err != nil {
		return err
	}
	f28, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f28.Close(); err != nil {
		return err
	}
	f29, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f29.Close(); err != nil {
		return err
	}
	f30, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f30.Close(); err != nil {
		return err
	}
	f31, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f31.Close(); err != nil {
		return err
	}
	f32, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f32.Close(); err != nil {
		return err
	}
	f33, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f33.Close(); err != nil {
		return err
	}
	f34, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f34.Close(); err != nil {
		return err
	}
	f35, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f35.Close(); err != nil {
		return err
	}
	f36, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f36.Close(); err != nil {
		return err
	}
	f37, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f37.Close(); err != nil {
		return err
	}
	f38, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f38.Close(); err != nil {
		return err
	}
	f39, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f39.Close(); err != nil {
		return err
	}
	f40, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f40.Close(); err != nil {
		return err
	}
	f41, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f41.Close(); err != nil {
		return err
	}
	f42, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f42.Close(); err != nil {
		return err
	}
	f43, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f43.Close(); err != nil {
		return err
	}
	f44, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f44.Close(); err != nil {
		return err
	}
	f45, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f45.Close(); err != nil {
		return err
	}
	f46, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f46.Close(); err != nil {
		return err
	}
	f47, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f47.Close(); err != nil {
		return err
	}
	f48, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f48.Close(); err != nil {
		return err
	}
	f49, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f49.Close(); err != nil {
		return err
	}
	f50, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f50.Close(); err != nil {
		return err
	}
	f51, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f51.Close(); err != nil {
		return err
	}
	f52, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f52.Close(); err != nil {
		return err
	}
	f53, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f53.Close(); err != nil {
		return err
	}
	f54, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f54.Close(); err != nil {
		return err
	}
	f55, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f55.Close(); err != nil {
		return err
	}
	f56, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f56.Close(); err != nil {
		return err
	}
	f57, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f57.Close(); err != nil {
		return err
	}
	f58, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f58.Close(); err != nil {
		return err
	}
	f59, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f59.Close(); err != nil {
		return err
	}
	f60, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f60.Close(); err != nil {
		return err
	}
	f61, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f61.Close(); err != nil {
		return err
	}
	f62, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f62.Close(); err != nil {
		return err
	}
	f63, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f63.Close(); err != nil {
		return err
	}
	f64, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f64.Close(); err != nil {
		return err
	}
	f65, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f65.Close(); err != nil {
		return err
	}
	f66, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f66.Close(); err != nil {
		return err
	}
	f67, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f67.Close(); err != nil {
		return err
	}
	f68, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f68.Close(); err != nil {
		return err
	}
	f69, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f69.Close(); err != nil {
		return err
	}
	f70, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f70.Close(); err != nil {
		return err
	}
	f71, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f71.Close(); err != nil {
		return err
	}
	f72, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f72.Close(); err != nil {
		return err
	}
	f73, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f73.Close(); err != nil {
		return err
	}
	f74, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f74.Close(); err != nil {
		return err
	}
	f75, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f75.Close(); err != nil {
		return err
	}
	f76, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f76.Close(); err != nil {
		return err
	}
	f77, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f77.Close(); err != nil {
		return err
	}
	f78, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f78.Close(); err != nil {
		return err
	}
	f79, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f79.Close(); err != nil {
		return err
	}
	f80, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f80.Close(); err != nil {
		return err
	}
	f81, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f81.Close(); err != nil {
		return err
	}
	f82, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f82.Close(); err != nil {
		return err
	}
	f83, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f83.Close(); err != nil {
		return err
	}
	f84, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f84.Close(); err != nil {
		return err
	}
	f85, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f85.Close(); err != nil {
		return err
	}
	f86, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f86.Close(); err != nil {
		return err
	}
	f87, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f87.Close(); err != nil {
		return err
	}
	f88, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f88.Close(); err != nil {
		return err
	}
	f89, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f89.Close(); err != nil {
		return err
	}
	f90, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f90.Close(); err != nil {
		return err
	}
	f91, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f91.Close(); err != nil {
		return err
	}
	f92, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f92.Close(); err != nil {
		return err
	}
	f93, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f93.Close(); err != nil {
		return err
	}
	f94, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f94.Close(); err != nil {
		return err
	}
	f95, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f95.Close(); err != nil {
		return err
	}
	f96, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f96.Close(); err != nil {
		return err
	}
	f97, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f97.Close(); err != nil {
		return err
	}
	f98, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f98.Close(); err != nil {
		return err
	}
	f99, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f99.Close(); err != nil {
		return err
	}
	f100, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f100.Close(); err != nil {
		return err
	}
	f101, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f101.Close(); err != nil {
		return err
	}
	f102, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f102.Close(); err != nil {
		return err
	}
	f103, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f103.Close(); err != nil {
		return err
	}
	f104, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f104.Close(); err != nil {
		return err
	}
	f105, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f105.Close(); err != nil {
		return err
	}
	f106, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f106.Close(); err != nil {
		return err
	}
	f107, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f107.Close(); err != nil {
		return err
	}
	f108, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f108.Close(); err != nil {
		return err
	}
	f109, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f109.Close(); err != nil {
		return err
	}
	f110, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f110.Close(); err != nil {
		return err
	}
	f111, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f111.Close(); err != nil {
		return err
	}
	f112, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f112.Close(); err != nil {
		return err
	}
	f113, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f113.Close(); err != nil {
		return err
	}
	f114, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f114.Close(); err != nil {
		return err
	}
	f115, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f115.Close(); err != nil {
		return err
	}
	f116, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f116.Close(); err != nil {
		return err
	}
	f117, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f117.Close(); err != nil {
		return err
	}
	f118, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f118.Close(); err != nil {
		return err
	}
	f119, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f119.Close(); err != nil {
		return err
	}
	f120, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f120.Close(); err != nil {
		return err
	}
	f121, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f121.Close(); err != nil {
		return err
	}
	f122, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f122.Close(); err != nil {
		return err
	}
	f123, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f123.Close(); err != nil {
		return err
	}
	f124, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f124.Close(); err != nil {
		return err
	}
	f125, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f125.Close(); err != nil {
		return err
	}
	f126, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f126.Close(); err != nil {
		return err
	}
	f127, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f127.Close(); err != nil {
		return err
	}
	f128, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f128.Close(); err != nil {
		return err
	}
	f129, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f129.Close(); err != nil {
		return err
	}
	f130, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f130.Close(); err != nil {
		return err
	}
	f131, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f131.Close(); err != nil {
		return err
	}
	f132, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f132.Close(); err != nil {
		return err
	}
	f133, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f133.Close(); err != nil {
		return err
	}
	f134, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f134.Close(); err != nil {
		return err
	}
	f135, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f135.Close(); err != nil {
		return err
	}
	f136, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f136.Close(); err != nil {
		return err
	}
	f137, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f137.Close(); err != nil {
		return err
	}
	f138, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f138.Close(); err != nil {
		return err
	}
	f139, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f139.Close(); err != nil {
		return err
	}
	f140, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f140.Close(); err != nil {
		return err
	}
	f141, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f141.Close(); err != nil {
		return err
	}
	f142, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f142.Close(); err != nil {
		return err
	}
	f143, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f143.Close(); err != nil {
		return err
	}
	f144, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f144.Close(); err != nil {
		return err
	}
	f145, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f145.Close(); err != nil {
		return err
	}
	f146, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f146.Close(); err != nil {
		return err
	}
	f147, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f147.Close(); err != nil {
		return err
	}
	f148, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f148.Close(); err != nil {
		return err
	}
	f149, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f149.Close(); err != nil {
		return err
	}
	f150, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f150.Close(); err != nil {
		return err
	}
	f151, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f151.Close(); err != nil {
		return err
	}
	f152, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f152.Close(); err != nil {
		return err
	}
	f153, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f153.Close(); err != nil {
		return err
	}
	f154, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f154.Close(); err != nil {
		return err
	}
	f155, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f155.Close(); err != nil {
		return err
	}
	f156, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f156.Close(); err != nil {
		return err
	}
	f157, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f157.Close(); err != nil {
		return err
	}
	f158, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f158.Close(); err != nil {
		return err
	}
	f159, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f159.Close(); err != nil {
		return err
	}
	f160, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f160.Close(); err != nil {
		return err
	}
	f161, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f161.Close(); err != nil {
		return err
	}
	f162, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f162.Close(); err != nil {
		return err
	}
	f163, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f163.Close(); err != nil {
		return err
	}
	f164, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f164.Close(); err != nil {
		return err
	}
	f165, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f165.Close(); err != nil {
		return err
	}
	f166, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f166.Close(); err != nil {
		return err
	}
	f167, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f167.Close(); err != nil {
		return err
	}
	f168, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f168.Close(); err != nil {
		return err
	}
	f169, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f169.Close(); err != nil {
		return err
	}
	f170, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f170.Close(); err != nil {
		return err
	}
	f171, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f171.Close(); err != nil {
		return err
	}
	f172, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f172.Close(); err != nil {
		return err
	}
	f173, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f173.Close(); err != nil {
		return err
	}
	f174, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f174.Close(); err != nil {
		return err
	}
	f175, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f175.Close(); err != nil {
		return err
	}
	f176, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f176.Close(); err != nil {
		return err
	}
	f177, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f177.Close(); err != nil {
		return err
	}
	f178, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f178.Close(); err != nil {
		return err
	}
	f179, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f179.Close(); err != nil {
		return err
	}
	f180, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f180.Close(); err != nil {
		return err
	}
	f181, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f181.Close(); err != nil {
		return err
	}
	f182, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f182.Close(); err != nil {
		return err
	}
	f183, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f183.Close(); err != nil {
		return err
	}
	f184, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f184.Close(); err != nil {
		return err
	}
	f185, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f185.Close(); err != nil {
		return err
	}
	f186, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f186.Close(); err != nil {
		return err
	}
	f187, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f187.Close(); err != nil {
		return err
	}
	f188, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f188.Close(); err != nil {
		return err
	}
	f189, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f189.Close(); err != nil {
		return err
	}
	f190, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f190.Close(); err != nil {
		return err
	}
	f191, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f191.Close(); err != nil {
		return err
	}
	f192, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f192.Close(); err != nil {
		return err
	}
	f193, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f193.Close(); err != nil {
		return err
	}
	f194, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f194.Close(); err != nil {
		return err
	}
	f195, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f195.Close(); err != nil {
		return err
	}
	f196, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f196.Close(); err != nil {
		return err
	}
	f197, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f197.Close(); err != nil {
		return err
	}
	f198, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f198.Close(); err != nil {
		return err
	}
	f199, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f199.Close(); err != nil {
		return err
	}
	f200, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f200.Close(); err != nil {
		return err
	}
	f201, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f201.Close(); err != nil {
		return err
	}
	f202, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f202.Close(); err != nil {
		return err
	}
	f203, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f203.Close(); err != nil {
		return err
	}
	f204, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f204.Close(); err != nil {
		return err
	}
	f205, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f205.Close(); err != nil {
		return err
	}
	f206, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f206.Close(); err != nil {
		return err
	}
	f207, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f207.Close(); err != nil {
		return err
	}
	f208, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f208.Close(); err != nil {
		return err
	}
	f209, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f209.Close(); err != nil {
		return err
	}
	f210, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f210.Close(); err != nil {
		return err
	}
	f211, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f211.Close(); err != nil {
		return err
	}
	f212, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f212.Close(); err != nil {
		return err
	}
	f213, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f213.Close(); err != nil {
		return err
	}
	f214, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f214.Close(); err != nil {
		return err
	}
	f215, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f215.Close(); err != nil {
		return err
	}
	f216, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f216.Close(); err != nil {
		return err
	}
	f217, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f217.Close(); err != nil {
		return err
	}
	f218, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f218.Close(); err != nil {
		return err
	}
	f219, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f219.Close(); err != nil {
		return err
	}
	f220, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f220.Close(); err != nil {
		return err
	}
	f221, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f221.Close(); err != nil {
		return err
	}
	f222, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f222.Close(); err != nil {
		return err
	}
	f223, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f223.Close(); err != nil {
		return err
	}
	f224, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f224.Close(); err != nil {
		return err
	}
	f225, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f225.Close(); err != nil {
		return err
	}
	f226, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f226.Close(); err != nil {
		return err
	}
	f227, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f227.Close(); err != nil {
		return err
	}
	f228, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f228.Close(); err != nil {
		return err
	}
	f229, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f229.Close(); err != nil {
		return err
	}
	f230, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f230.Close(); err != nil {
		return err
	}
	f231, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f231.Close(); err != nil {
		return err
	}
	f232, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f232.Close(); err != nil {
		return err
	}
	f233, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f233.Close(); err != nil {
		return err
	}
	f234, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f234.Close(); err != nil {
		return err
	}
	f235, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f235.Close(); err != nil {
		return err
	}
	f236, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f236.Close(); err != nil {
		return err
	}
	f237, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f237.Close(); err != nil {
		return err
	}
	f238, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f238.Close(); err != nil {
		return err
	}
	f239, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f239.Close(); err != nil {
		return err
	}
	f240, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f240.Close(); err != nil {
		return err
	}
	f241, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f241.Close(); err != nil {
		return err
	}
	f242, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f242.Close(); err != nil {
		return err
	}
	f243, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f243.Close(); err != nil {
		return err
	}
	f244, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f244.Close(); err != nil {
		return err
	}
	f245, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f245.Close(); err != nil {
		return err
	}
	f246, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f246.Close(); err != nil {
		return err
	}
	f247, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f247.Close(); err != nil {
		return err
	}
	f248, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f248.Close(); err != nil {
		return err
	}
	f249, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f249.Close(); err != nil {
		return err
	}
	f250, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f250.Close(); err != nil {
		return err
	}
	f251, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f251.Close(); err != nil {
		return err
	}
	f252, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f252.Close(); err != nil {
		return err
	}
	f253, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f253.Close(); err != nil {
		return err
	}
	f254, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f254.Close(); err != nil {
		return err
	}
	f255, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f255.Close(); err != nil {
		return err
	}
	f256, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f256.Close(); err != nil {
		return err
	}
	f257, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f257.Close(); err != nil {
		return err
	}
	f258, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f258.Close(); err != nil {
		return err
	}
	f259, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f259.Close(); err != nil {
		return err
	}
	f260, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f260.Close(); err != nil {
		return err
	}
	f261, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f261.Close(); err != nil {
		return err
	}
	f262, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f262.Close(); err != nil {
		return err
	}
	f263, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f263.Close(); err != nil {
		return err
	}
	f264, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f264.Close(); err != nil {
		return err
	}
	f265, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f265.Close(); err != nil {
		return err
	}
	f266, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f266.Close(); err != nil {
		return err
	}
	f267, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f267.Close(); err != nil {
		return err
	}
	f268, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f268.Close(); err != nil {
		return err
	}
	f269, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f269.Close(); err != nil {
		return err
	}
	f270, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f270.Close(); err != nil {
		return err
	}
	f271, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f271.Close(); err != nil {
		return err
	}
	f272, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f272.Close(); err != nil {
		return err
	}
	f273, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f273.Close(); err != nil {
		return err
	}
	f274, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f274.Close(); err != nil {
		return err
	}
	f275, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f275.Close(); err != nil {
		return err
	}
	f276, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f276.Close(); err != nil {
		return err
	}
	f277, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f277.Close(); err != nil {
		return err
	}
	f278, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f278.Close(); err != nil {
		return err
	}
	f279, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f279.Close(); err != nil {
		return err
	}
	f280, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f280.Close(); err != nil {
		return err
	}
	f281, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f281.Close(); err != nil {
		return err
	}
	f282, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f282.Close(); err != nil {
		return err
	}
	f283, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f283.Close(); err != nil {
		return err
	}
	f284, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f284.Close(); err != nil {
		return err
	}
	f285, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f285.Close(); err != nil {
		return err
	}
	f286, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f286.Close(); err != nil {
		return err
	}
	f287, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f287.Close(); err != nil {
		return err
	}
	f288, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f288.Close(); err != nil {
		return err
	}
	f289, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f289.Close(); err != nil {
		return err
	}
	f290, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f290.Close(); err != nil {
		return err
	}
	f291, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f291.Close(); err != nil {
		return err
	}
	f292, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f292.Close(); err != nil {
		return err
	}
	f293, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f293.Close(); err != nil {
		return err
	}
	f294, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f294.Close(); err != nil {
		return err
	}
	f295, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f295.Close(); err != nil {
		return err
	}
	f296, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f296.Close(); err != nil {
		return err
	}
	f297, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f297.Close(); err != nil {
		return err
	}
	f298, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f298.Close(); err != nil {
		return err
	}
	f299, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f299.Close(); err != nil {
		return err
	}
	return nil
}

// 300 opens into one variable, each closed by defer.
func okLongFunctionDefers(name string) error {
	var f *os.File
	var err error
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	f, err = os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	return nil
}

// 300 pairs; pair 150 never closes, pair 299 misses the close on its last check.
func leakLongFunction(name string) error {
	f0, err := os.Open(name)
	if err != nil {
		return err
	}
	f0.Close()
	f1, err := os.Open(name)
	if err != nil {
		return err
	}
	f1.Close()
	f2, err := os.Open(name)
	if err != nil {
		return err
	}
	f2.Close()
	f3, err := os.Open(name)
	if err != nil {
		return err
	}
	f3.Close()
	f4, err := os.Open(name)
	if err != nil {
		return err
	}
	f4.Close()
	f5, err := os.Open(name)
	if err != nil {
		return err
	}
	f5.Close()
	f6, err := os.Open(name)
	if err != nil {
		return err
	}
	f6.Close()
	f7, err := os.Open(name)
	if err != nil {
		return err
	}
	f7.Close()
	f8, err := os.Open(name)
	if err != nil {
		return err
	}
	f8.Close()
	f9, err := os.Open(name)
	if err != nil {
		return err
	}
	f9.Close()
	f10, err := os.Open(name)
	if err != nil {
		return err
	}
	f10.Close()
	f11, err := os.Open(name)
	if err != nil {
		return err
	}
	f11.Close()
	f12, err := os.Open(name)
	if err != nil {
		return err
	}
	f12.Close()
	f13, err := os.Open(name)
	if err != nil {
		return err
	}
	f13.Close()
	f14, err := os.Open(name)
	if err != nil {
		return err
	}
	f14.Close()
	f15, err := os.Open(name)
	if err != nil {
		return err
	}
	f15.Close()
	f16, err := os.Open(name)
	if err != nil {
		return err
	}
	f16.Close()
	f17, err := os.Open(name)
	if err != nil {
		return err
	}
	f17.Close()
	f18, err := os.Open(name)
	if err != nil {
		return err
	}
	f18.Close()
	f19, err := os.Open(name)
	if err != nil {
		return err
	}
	f19.Close()
	f20, err := os.Open(name)
	if err != nil {
		return err
	}
	f20.Close()
	f21, err := os.Open(name)
	if err != nil {
		return err
	}
	f21.Close()
	f22, err := os.Open(name)
	if err != nil {
		return err
	}
	f22.Close()
	f23, err := os.Open(name)
	if err != nil {
		return err
	}
	f23.Close()
	f24, err := os.Open(name)
	if err != nil {
		return err
	}
	f24.Close()
	f25, err := os.Open(name)
	if err != nil {
		return err
	}
	f25.Close()
	f26, err := os.Open(name)
	if err != nil {
		return err
	}
	f26.Close()
	f27, err := os.Open(name)
	if err != nil {
		return err
	}
	f27.Close()
	f28, err := os.Open(name)
	if err != nil {
		return err
	}
	f28.Close()
	f29, err := os.Open(name)
	if err != nil {
		return err
	}
	f29.Close()
	f30, err := os.Open(name)
	if err != nil {
		return err
	}
	f30.Close()
	f31, err := os.Open(name)
	if err != nil {
		return err
	}
	f31.Close()
	f32, err := os.Open(name)
	if err != nil {
		return err
	}
	f32.Close()
	f33, err := os.Open(name)
	if err != nil {
		return err
	}
	f33.Close()
	f34, err := os.Open(name)
	if err != nil {
		return err
	}
	f34.Close()
	f35, err := os.Open(name)
	if err != nil {
		return err
	}
	f35.Close()
	f36, err := os.Open(name)
	if err != nil {
		return err
	}
	f36.Close()
	f37, err := os.Open(name)
	if err != nil {
		return err
	}
	f37.Close()
	f38, err := os.Open(name)
	if err != nil {
		return err
	}
	f38.Close()
	f39, err := os.Open(name)
	if err != nil {
		return err
	}
	f39.Close()
	f40, err := os.Open(name)
	if err != nil {
		return err
	}
	f40.Close()
	f41, err := os.Open(name)
	if err != nil {
		return err
	}
	f41.Close()
	f42, err := os.Open(name)
	if err != nil {
		return err
	}
	f42.Close()
	f43, err := os.Open(name)
	if err != nil {
		return err
	}
	f43.Close()
	f44, err := os.Open(name)
	if err != nil {
		return err
	}
	f44.Close()
	f45, err := os.Open(name)
	if err != nil {
		return err
	}
	f45.Close()
	f46, err := os.Open(name)
	if err != nil {
		return err
	}
	f46.Close()
	f47, err := os.Open(name)
	if err != nil {
		return err
	}
	f47.Close()
	f48, err := os.Open(name)
	if err != nil {
		return err
	}
	f48.Close()
	f49, err := os.Open(name)
	if err != nil {
		return err
	}
	f49.Close()
	f50, err := os.Open(name)
	if err != nil {
		return err
	}
	f50.Close()
	f51, err := os.Open(name)
	if err != nil {
		return err
	}
	f51.Close()
	f52, err := os.Open(name)
	if err != nil {
		return err
	}
	f52.Close()
	f53, err := os.Open(name)
	if err != nil {
		return err
	}
	f53.Close()
	f54, err := os.Open(name)
	if err != nil {
		return err
	}
	f54.Close()
	f55, err := os.Open(name)
	if err != nil {
		return err
	}
	f55.Close()
	f56, err := os.Open(name)
	if err != nil {
		return err
	}
	f56.Close()
	f57, err := os.Open(name)
	if err != nil {
		return err
	}
	f57.Close()
	f58, err := os.Open(name)
	if err != nil {
		return err
	}
	f58.Close()
	f59, err := os.Open(name)
	if err != nil {
		return err
	}
	f59.Close()
	f60, err := os.Open(name)
	if err != nil {
		return err
	}
	f60.Close()
	f61, err := os.Open(name)
	if err != nil {
		return err
	}
	f61.Close()
	f62, err := os.Open(name)
	if err != nil {
		return err
	}
	f62.Close()
	f63, err := os.Open(name)
	if err != nil {
		return err
	}
	f63.Close()
	f64, err := os.Open(name)
	if err != nil {
		return err
	}
	f64.Close()
	f65, err := os.Open(name)
	if err != nil {
		return err
	}
	f65.Close()
	f66, err := os.Open(name)
	if err != nil {
		return err
	}
	f66.Close()
	f67, err := os.Open(name)
	if err != nil {
		return err
	}
	f67.Close()
	f68, err := os.Open(name)
	if err != nil {
		return err
	}
	f68.Close()
	f69, err := os.Open(name)
	if err != nil {
		return err
	}
	f69.Close()
	f70, err := os.Open(name)
	if err != nil {
		return err
	}
	f70.Close()
	f71, err := os.Open(name)
	if err != nil {
		return err
	}
	f71.Close()
	f72, err := os.Open(name)
	if err != nil {
		return err
	}
	f72.Close()
	f73, err := os.Open(name)
	if err != nil {
		return err
	}
	f73.Close()
	f74, err := os.Open(name)
	if err != nil {
		return err
	}
	f74.Close()
	f75, err := os.Open(name)
	if err != nil {
		return err
	}
	f75.Close()
	f76, err := os.Open(name)
	if err != nil {
		return err
	}
	f76.Close()
	f77, err := os.Open(name)
	if err != nil {
		return err
	}
	f77.Close()
	f78, err := os.Open(name)
	if err != nil {
		return err
	}
	f78.Close()
	f79, err := os.Open(name)
	if err != nil {
		return err
	}
	f79.Close()
	f80, err := os.Open(name)
	if err != nil {
		return err
	}
	f80.Close()
	f81, err := os.Open(name)
	if err != nil {
		return err
	}
	f81.Close()
	f82, err := os.Open(name)
	if err != nil {
		return err
	}
	f82.Close()
	f83, err := os.Open(name)
	if err != nil {
		return err
	}
	f83.Close()
	f84, err := os.Open(name)
	if err != nil {
		return err
	}
	f84.Close()
	f85, err := os.Open(name)
	if err != nil {
		return err
	}
	f85.Close()
	f86, err := os.Open(name)
	if err != nil {
		return err
	}
	f86.Close()
	f87, err := os.Open(name)
	if err != nil {
		return err
	}
	f87.Close()
	f88, err := os.Open(name)
	if err != nil {
		return err
	}
	f88.Close()
	f89, err := os.Open(name)
	if err != nil {
		return err
	}
	f89.Close()
	f90, err := os.Open(name)
	if err != nil {
		return err
	}
	f90.Close()
	f91, err := os.Open(name)
	if err != nil {
		return err
	}
	f91.Close()
	f92, err := os.Open(name)
	if err != nil {
		return err
	}
	f92.Close()
	f93, err := os.Open(name)
	if err != nil {
		return err
	}
	f93.Close()
	f94, err := os.Open(name)
	if err != nil {
		return err
	}
	f94.Close()
	f95, err := os.Open(name)
	if err != nil {
		return err
	}
	f95.Close()
	f96, err := os.Open(name)
	if err != nil {
		return err
	}
	f96.Close()
	f97, err := os.Open(name)
	if err != nil {
		return err
	}
	f97.Close()
	f98, err := os.Open(name)
	if err != nil {
		return err
	}
	f98.Close()
	f99, err := os.Open(name)
	if err != nil {
		return err
	}
	f99.Close()
	f100, err := os.Open(name)
	if err != nil {
		return err
	}
	f100.Close()
	f101, err := os.Open(name)
	if err != nil {
		return err
	}
	f101.Close()
	f102, err := os.Open(name)
	if err != nil {
		return err
	}
	f102.Close()
	f103, err := os.Open(name)
	if err != nil {
		return err
	}
	f103.Close()
	f104, err := os.Open(name)
	if err != nil {
		return err
	}
	f104.Close()
	f105, err := os.Open(name)
	if err != nil {
		return err
	}
	f105.Close()
	f106, err := os.Open(name)
	if err != nil {
		return err
	}
	f106.Close()
	f107, err := os.Open(name)
	if err != nil {
		return err
	}
	f107.Close()
	f108, err := os.Open(name)
	if err != nil {
		return err
	}
	f108.Close()
	f109, err := os.Open(name)
	if err != nil {
		return err
	}
	f109.Close()
	f110, err := os.Open(name)
	if err != nil {
		return err
	}
	f110.Close()
	f111, err := os.Open(name)
	if err != nil {
		return err
	}
	f111.Close()
	f112, err := os.Open(name)
	if err != nil {
		return err
	}
	f112.Close()
	f113, err := os.Open(name)
	if err != nil {
		return err
	}
	f113.Close()
	f114, err := os.Open(name)
	if err != nil {
		return err
	}
	f114.Close()
	f115, err := os.Open(name)
	if err != nil {
		return err
	}
	f115.Close()
	f116, err := os.Open(name)
	if err != nil {
		return err
	}
	f116.Close()
	f117, err := os.Open(name)
	if err != nil {
		return err
	}
	f117.Close()
	f118, err := os.Open(name)
	if err != nil {
		return err
	}
	f118.Close()
	f119, err := os.Open(name)
	if err != nil {
		return err
	}
	f119.Close()
	f120, err := os.Open(name)
	if err != nil {
		return err
	}
	f120.Close()
	f121, err := os.Open(name)
	if err != nil {
		return err
	}
	f121.Close()
	f122, err := os.Open(name)
	if err != nil {
		return err
	}
	f122.Close()
	f123, err := os.Open(name)
	if err != nil {
		return err
	}
	f123.Close()
	f124, err := os.Open(name)
	if err != nil {
		return err
	}
	f124.Close()
	f125, err := os.Open(name)
	if err != nil {
		return err
	}
	f125.Close()
	f126, err := os.Open(name)
	if err != nil {
		return err
	}
	f126.Close()
	f127, err := os.Open(name)
	if err != nil {
		return err
	}
	f127.Close()
	f128, err := os.Open(name)
	if err != nil {
		return err
	}
	f128.Close()
	f129, err := os.Open(name)
	if err != nil {
		return err
	}
	f129.Close()
	f130, err := os.Open(name)
	if err != nil {
		return err
	}
	f130.Close()
	f131, err := os.Open(name)
	if err != nil {
		return err
	}
	f131.Close()
	f132, err := os.Open(name)
	if err != nil {
		return err
	}
	f132.Close()
	f133, err := os.Open(name)
	if err != nil {
		return err
	}
	f133.Close()
	f134, err := os.Open(name)
	if err != nil {
		return err
	}
	f134.Close()
	f135, err := os.Open(name)
	if err != nil {
		return err
	}
	f135.Close()
	f136, err := os.Open(name)
	if err != nil {
		return err
	}
	f136.Close()
	f137, err := os.Open(name)
	if err != nil {
		return err
	}
	f137.Close()
	f138, err := os.Open(name)
	if err != nil {
		return err
	}
	f138.Close()
	f139, err := os.Open(name)
	if err != nil {
		return err
	}
	f139.Close()
	f140, err := os.Open(name)
	if err != nil {
		return err
	}
	f140.Close()
	f141, err := os.Open(name)
	if err != nil {
		return err
	}
	f141.Close()
	f142, err := os.Open(name)
	if err != nil {
		return err
	}
	f142.Close()
	f143, err := os.Open(name)
	if err != nil {
		return err
	}
	f143.Close()
	f144, err := os.Open(name)
	if err != nil {
		return err
	}
	f144.Close()
	f145, err := os.Open(name)
	if err != nil {
		return err
	}
	f145.Close()
	f146, err := os.Open(name)
	if err != nil {
		return err
	}
	f146.Close()
	f147, err := os.Open(name)
	if err != nil {
		return err
	}
	f147.Close()
	f148, err := os.Open(name)
	if err != nil {
		return err
	}
	f148.Close()
	f149, err := os.Open(name)
	if err != nil {
		return err
	}
	f149.Close()
	f150, err := os.Open(name) // want `os\.Open result f150 is never closed`
	if err != nil {
		return err
	}
	_ = f150.Name()
	f151, err := os.Open(name)
	if err != nil {
		return err
	}
	f151.Close()
	f152, err := os.Open(name)
	if err != nil {
		return err
	}
	f152.Close()
	f153, err := os.Open(name)
	if err != nil {
		return err
	}
	f153.Close()
	f154, err := os.Open(name)
	if err != nil {
		return err
	}
	f154.Close()
	f155, err := os.Open(name)
	if err != nil {
		return err
	}
	f155.Close()
	f156, err := os.Open(name)
	if err != nil {
		return err
	}
	f156.Close()
	f157, err := os.Open(name)
	if err != nil {
		return err
	}
	f157.Close()
	f158, err := os.Open(name)
	if err != nil {
		return err
	}
	f158.Close()
	f159, err := os.Open(name)
	if err != nil {
		return err
	}
	f159.Close()
	f160, err := os.Open(name)
	if err != nil {
		return err
	}
	f160.Close()
	f161, err := os.Open(name)
	if err != nil {
		return err
	}
	f161.Close()
	f162, err := os.Open(name)
	if err != nil {
		return err
	}
	f162.Close()
	f163, err := os.Open(name)
	if err != nil {
		return err
	}
	f163.Close()
	f164, err := os.Open(name)
	if err != nil {
		return err
	}
	f164.Close()
	f165, err := os.Open(name)
	if err != nil {
		return err
	}
	f165.Close()
	f166, err := os.Open(name)
	if err != nil {
		return err
	}
	f166.Close()
	f167, err := os.Open(name)
	if err != nil {
		return err
	}
	f167.Close()
	f168, err := os.Open(name)
	if err != nil {
		return err
	}
	f168.Close()
	f169, err := os.Open(name)
	if err != nil {
		return err
	}
	f169.Close()
	f170, err := os.Open(name)
	if err != nil {
		return err
	}
	f170.Close()
	f171, err := os.Open(name)
	if err != nil {
		return err
	}
	f171.Close()
	f172, err := os.Open(name)
	if err != nil {
		return err
	}
	f172.Close()
	f173, err := os.Open(name)
	if err != nil {
		return err
	}
	f173.Close()
	f174, err := os.Open(name)
	if err != nil {
		return err
	}
	f174.Close()
	f175, err := os.Open(name)
	if err != nil {
		return err
	}
	f175.Close()
	f176, err := os.Open(name)
	if err != nil {
		return err
	}
	f176.Close()
	f177, err := os.Open(name)
	if err != nil {
		return err
	}
	f177.Close()
	f178, err := os.Open(name)
	if err != nil {
		return err
	}
	f178.Close()
	f179, err := os.Open(name)
	if err != nil {
		return err
	}
	f179.Close()
	f180, err := os.Open(name)
	if err != nil {
		return err
	}
	f180.Close()
	f181, err := os.Open(name)
	if err != nil {
		return err
	}
	f181.Close()
	f182, err := os.Open(name)
	if err != nil {
		return err
	}
	f182.Close()
	f183, err := os.Open(name)
	if err != nil {
		return err
	}
	f183.Close()
	f184, err := os.Open(name)
	if err != nil {
		return err
	}
	f184.Close()
	f185, err := os.Open(name)
	if err != nil {
		return err
	}
	f185.Close()
	f186, err := os.Open(name)
	if err != nil {
		return err
	}
	f186.Close()
	f187, err := os.Open(name)
	if err != nil {
		return err
	}
	f187.Close()
	f188, err := os.Open(name)
	if err != nil {
		return err
	}
	f188.Close()
	f189, err := os.Open(name)
	if err != nil {
		return err
	}
	f189.Close()
	f190, err := os.Open(name)
	if err != nil {
		return err
	}
	f190.Close()
	f191, err := os.Open(name)
	if err != nil {
		return err
	}
	f191.Close()
	f192, err := os.Open(name)
	if err != nil {
		return err
	}
	f192.Close()
	f193, err := os.Open(name)
	if err != nil {
		return err
	}
	f193.Close()
	f194, err := os.Open(name)
	if err != nil {
		return err
	}
	f194.Close()
	f195, err := os.Open(name)
	if err != nil {
		return err
	}
	f195.Close()
	f196, err := os.Open(name)
	if err != nil {
		return err
	}
	f196.Close()
	f197, err := os.Open(name)
	if err != nil {
		return err
	}
	f197.Close()
	f198, err := os.Open(name)
	if err != nil {
		return err
	}
	f198.Close()
	f199, err := os.Open(name)
	if err != nil {
		return err
	}
	f199.Close()
	f200, err := os.Open(name)
	if err != nil {
		return err
	}
	f200.Close()
	f201, err := os.Open(name)
	if err != nil {
		return err
	}
	f201.Close()
	f202, err := os.Open(name)
	if err != nil {
		return err
	}
	f202.Close()
	f203, err := os.Open(name)
	if err != nil {
		return err
	}
	f203.Close()
	f204, err := os.Open(name)
	if err != nil {
		return err
	}
	f204.Close()
	f205, err := os.Open(name)
	if err != nil {
		return err
	}
	f205.Close()
	f206, err := os.Open(name)
	if err != nil {
		return err
	}
	f206.Close()
	f207, err := os.Open(name)
	if err != nil {
		return err
	}
	f207.Close()
	f208, err := os.Open(name)
	if err != nil {
		return err
	}
	f208.Close()
	f209, err := os.Open(name)
	if err != nil {
		return err
	}
	f209.Close()
	f210, err := os.Open(name)
	if err != nil {
		return err
	}
	f210.Close()
	f211, err := os.Open(name)
	if err != nil {
		return err
	}
	f211.Close()
	f212, err := os.Open(name)
	if err != nil {
		return err
	}
	f212.Close()
	f213, err := os.Open(name)
	if err != nil {
		return err
	}
	f213.Close()
	f214, err := os.Open(name)
	if err != nil {
		return err
	}
	f214.Close()
	f215, err := os.Open(name)
	if err != nil {
		return err
	}
	f215.Close()
	f216, err := os.Open(name)
	if err != nil {
		return err
	}
	f216.Close()
	f217, err := os.Open(name)
	if err != nil {
		return err
	}
	f217.Close()
	f218, err := os.Open(name)
	if err != nil {
		return err
	}
	f218.Close()
	f219, err := os.Open(name)
	if err != nil {
		return err
	}
	f219.Close()
	f220, err := os.Open(name)
	if err != nil {
		return err
	}
	f220.Close()
	f221, err := os.Open(name)
	if err != nil {
		return err
	}
	f221.Close()
	f222, err := os.Open(name)
	if err != nil {
		return err
	}
	f222.Close()
	f223, err := os.Open(name)
	if err != nil {
		return err
	}
	f223.Close()
	f224, err := os.Open(name)
	if err != nil {
		return err
	}
	f224.Close()
	f225, err := os.Open(name)
	if err != nil {
		return err
	}
	f225.Close()
	f226, err := os.Open(name)
	if err != nil {
		return err
	}
	f226.Close()
	f227, err := os.Open(name)
	if err != nil {
		return err
	}
	f227.Close()
	f228, err := os.Open(name)
	if err != nil {
		return err
	}
	f228.Close()
	f229, err := os.Open(name)
	if err != nil {
		return err
	}
	f229.Close()
	f230, err := os.Open(name)
	if err != nil {
		return err
	}
	f230.Close()
	f231, err := os.Open(name)
	if err != nil {
		return err
	}
	f231.Close()
	f232, err := os.Open(name)
	if err != nil {
		return err
	}
	f232.Close()
	f233, err := os.Open(name)
	if err != nil {
		return err
	}
	f233.Close()
	f234, err := os.Open(name)
	if err != nil {
		return err
	}
	f234.Close()
	f235, err := os.Open(name)
	if err != nil {
		return err
	}
	f235.Close()
	f236, err := os.Open(name)
	if err != nil {
		return err
	}
	f236.Close()
	f237, err := os.Open(name)
	if err != nil {
		return err
	}
	f237.Close()
	f238, err := os.Open(name)
	if err != nil {
		return err
	}
	f238.Close()
	f239, err := os.Open(name)
	if err != nil {
		return err
	}
	f239.Close()
	f240, err := os.Open(name)
	if err != nil {
		return err
	}
	f240.Close()
	f241, err := os.Open(name)
	if err != nil {
		return err
	}
	f241.Close()
	f242, err := os.Open(name)
	if err != nil {
		return err
	}
	f242.Close()
	f243, err := os.Open(name)
	if err != nil {
		return err
	}
	f243.Close()
	f244, err := os.Open(name)
	if err != nil {
		return err
	}
	f244.Close()
	f245, err := os.Open(name)
	if err != nil {
		return err
	}
	f245.Close()
	f246, err := os.Open(name)
	if err != nil {
		return err
	}
	f246.Close()
	f247, err := os.Open(name)
	if err != nil {
		return err
	}
	f247.Close()
	f248, err := os.Open(name)
	if err != nil {
		return err
	}
	f248.Close()
	f249, err := os.Open(name)
	if err != nil {
		return err
	}
	f249.Close()
	f250, err := os.Open(name)
	if err != nil {
		return err
	}
	f250.Close()
	f251, err := os.Open(name)
	if err != nil {
		return err
	}
	f251.Close()
	f252, err := os.Open(name)
	if err != nil {
		return err
	}
	f252.Close()
	f253, err := os.Open(name)
	if err != nil {
		return err
	}
	f253.Close()
	f254, err := os.Open(name)
	if err != nil {
		return err
	}
	f254.Close()
	f255, err := os.Open(name)
	if err != nil {
		return err
	}
	f255.Close()
	f256, err := os.Open(name)
	if err != nil {
		return err
	}
	f256.Close()
	f257, err := os.Open(name)
	if err != nil {
		return err
	}
	f257.Close()
	f258, err := os.Open(name)
	if err != nil {
		return err
	}
	f258.Close()
	f259, err := os.Open(name)
	if err != nil {
		return err
	}
	f259.Close()
	f260, err := os.Open(name)
	if err != nil {
		return err
	}
	f260.Close()
	f261, err := os.Open(name)
	if err != nil {
		return err
	}
	f261.Close()
	f262, err := os.Open(name)
	if err != nil {
		return err
	}
	f262.Close()
	f263, err := os.Open(name)
	if err != nil {
		return err
	}
	f263.Close()
	f264, err := os.Open(name)
	if err != nil {
		return err
	}
	f264.Close()
	f265, err := os.Open(name)
	if err != nil {
		return err
	}
	f265.Close()
	f266, err := os.Open(name)
	if err != nil {
		return err
	}
	f266.Close()
	f267, err := os.Open(name)
	if err != nil {
		return err
	}
	f267.Close()
	f268, err := os.Open(name)
	if err != nil {
		return err
	}
	f268.Close()
	f269, err := os.Open(name)
	if err != nil {
		return err
	}
	f269.Close()
	f270, err := os.Open(name)
	if err != nil {
		return err
	}
	f270.Close()
	f271, err := os.Open(name)
	if err != nil {
		return err
	}
	f271.Close()
	f272, err := os.Open(name)
	if err != nil {
		return err
	}
	f272.Close()
	f273, err := os.Open(name)
	if err != nil {
		return err
	}
	f273.Close()
	f274, err := os.Open(name)
	if err != nil {
		return err
	}
	f274.Close()
	f275, err := os.Open(name)
	if err != nil {
		return err
	}
	f275.Close()
	f276, err := os.Open(name)
	if err != nil {
		return err
	}
	f276.Close()
	f277, err := os.Open(name)
	if err != nil {
		return err
	}
	f277.Close()
	f278, err := os.Open(name)
	if err != nil {
		return err
	}
	f278.Close()
	f279, err := os.Open(name)
	if err != nil {
		return err
	}
	f279.Close()
	f280, err := os.Open(name)
	if err != nil {
		return err
	}
	f280.Close()
	f281, err := os.Open(name)
	if err != nil {
		return err
	}
	f281.Close()
	f282, err := os.Open(name)
	if err != nil {
		return err
	}
	f282.Close()
	f283, err := os.Open(name)
	if err != nil {
		return err
	}
	f283.Close()
	f284, err := os.Open(name)
	if err != nil {
		return err
	}
	f284.Close()
	f285, err := os.Open(name)
	if err != nil {
		return err
	}
	f285.Close()
	f286, err := os.Open(name)
	if err != nil {
		return err
	}
	f286.Close()
	f287, err := os.Open(name)
	if err != nil {
		return err
	}
	f287.Close()
	f288, err := os.Open(name)
	if err != nil {
		return err
	}
	f288.Close()
	f289, err := os.Open(name)
	if err != nil {
		return err
	}
	f289.Close()
	f290, err := os.Open(name)
	if err != nil {
		return err
	}
	f290.Close()
	f291, err := os.Open(name)
	if err != nil {
		return err
	}
	f291.Close()
	f292, err := os.Open(name)
	if err != nil {
		return err
	}
	f292.Close()
	f293, err := os.Open(name)
	if err != nil {
		return err
	}
	f293.Close()
	f294, err := os.Open(name)
	if err != nil {
		return err
	}
	f294.Close()
	f295, err := os.Open(name)
	if err != nil {
		return err
	}
	f295.Close()
	f296, err := os.Open(name)
	if err != nil {
		return err
	}
	f296.Close()
	f297, err := os.Open(name)
	if err != nil {
		return err
	}
	f297.Close()
	f298, err := os.Open(name)
	if err != nil {
		return err
	}
	f298.Close()
	f299, err := os.Open(name) // want `os\.Open result f299 is not closed on the path that returns at line 5123`
	if err != nil {
		return err
	}
	if _, err := f299.Stat(); err != nil {
		return err // leaking return
	}
	return f299.Close()
}
